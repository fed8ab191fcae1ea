import { describe, expect, it } from "vitest";
import { validateCatalogue } from "@/lib/domain/validate-catalogue";
import { modelFileSchema } from "@/lib/schemas/catalogue";
import { readCatalogue, CatalogueError } from "@/prisma/scripts/read-catalogue";
import { catalogueFixture, licenceFixture, modelFixture, writeCatalogueDir } from "../fixtures/catalogue";

const TODAY = "2026-11-27";
const problems = (parts: Parameters<typeof catalogueFixture>[0]) =>
  validateCatalogue(catalogueFixture(parts), TODAY).map((i) => `${i.file}: ${i.field}: ${i.message}`);

describe("catalogue schema", () => {
  it("rejects unknown keys", () => {
    const result = modelFileSchema.safeParse({ ...modelFixture(), colour: "blue" });
    expect(result.success).toBe(false);
  });
  it("requires a reason for a null fact", () => {
    const result = modelFileSchema.safeParse({ ...modelFixture(), parameters: { value: null } });
    expect(result.success).toBe(false);
  });
  it("rejects non-https sources and non-kebab slugs", () => {
    expect(modelFileSchema.safeParse({ ...modelFixture(), sources: { card: { url: "http://x.org", title: "t", asOf: TODAY } } }).success).toBe(false);
    expect(modelFileSchema.safeParse({ ...modelFixture(), slug: "Acme_7B" }).success).toBe(false);
    expect(modelFileSchema.safeParse({ ...modelFixture(), slug: "gpt-3.5-turbo" }).success).toBe(true);
  });
  it("rejects a negative price", () => {
    const prices = [{ provider: "x", inputUsdPerMTok: -1, outputUsdPerMTok: 1, effectiveDate: "2024-01-01", source: "card" }];
    expect(modelFileSchema.safeParse({ ...modelFixture(), prices }).success).toBe(false);
  });
});

describe("validateCatalogue", () => {
  it("accepts a consistent catalogue", () => {
    expect(problems({})).toEqual([]);
  });
  it("names the file and field of a missing licence", () => {
    expect(problems({ models: [modelFixture({ licence: { value: "nope", source: "card" } })] })).toContain(
      'models/acme-7b.json: licence.value: unknown licence "nope"',
    );
  });
  it("rejects duplicate slugs and a fact citing a missing source", () => {
    const dup = problems({ models: [modelFixture(), modelFixture()] });
    expect(dup.some((p) => p.includes('duplicate model slug "acme-7b"'))).toBe(true);
    const cite = problems({ models: [modelFixture({ parameters: { value: 7e9, source: "paper" } })] });
    expect(cite).toContain('models/acme-7b.json: parameters.source: source "paper" is not a key of sources');
  });
  it("rejects dates in the future", () => {
    expect(problems({ models: [modelFixture({ releaseDate: { value: "2027-01-01", source: "card" } })] })[0]).toMatch(/in the future/);
  });
  it("rejects a parameter count far from the size in the name", () => {
    expect(problems({ models: [modelFixture({ parameters: { value: 70e9, source: "card" } })] })[0]).toMatch(/far from/);
  });
  it("rejects variants of one size in a family with different parameter counts", () => {
    const chat = modelFixture({ slug: "acme-7b-chat", name: "Acme 7B Chat", parameters: { value: 7_100_000_000, source: "card" } });
    expect(problems({ models: [modelFixture(), chat] })).toContain(
      "models/acme-7b-chat.json: parameters.value: 7100000000 differs from 6900000000 in models/acme-7b.json, a variant of the same size",
    );
  });
  it("rejects active parameters on a dense model", () => {
    expect(problems({ models: [modelFixture({ activeParameters: { value: 1e9, source: "card" } })] })[0]).toMatch(/mixture-of-experts/);
  });
  it("rejects a non-commercial licence that claims commercial use", () => {
    const nc = licenceFixture({ slug: "cc-by-nc-4-0", category: "non-commercial", osiApproved: false, commercialUse: "yes" });
    expect(problems({ licences: [licenceFixture(), nc] })).toContain("licences/cc-by-nc-4-0.json: commercialUse: a non-commercial licence must say commercialUse: no");
  });
  it("lists forbidden uses only for a licence with use restrictions, and never an empty list without the policy that holds them", () => {
    const rail = { slug: "rail", category: "rail" as const, osiApproved: false, useRestrictions: true };
    const listed = licenceFixture({ ...rail, forbiddenUses: { policy: null, uses: ["Medical advice"] } });
    const policyOnly = licenceFixture({ ...rail, forbiddenUses: { policy: { name: "Use Policy", url: null }, uses: [] } });
    expect(problems({ licences: [licenceFixture(), listed] })).toEqual([]);
    expect(problems({ licences: [licenceFixture(), policyOnly] })).toEqual([]);
    const unrestricted = licenceFixture({ ...rail, useRestrictions: false, forbiddenUses: { policy: null, uses: ["Medical advice"] } });
    expect(problems({ licences: [licenceFixture(), unrestricted] })).toContain("licences/rail.json: forbiddenUses: forbidden uses are listed only for a licence with useRestrictions: true");
    const empty = licenceFixture({ ...rail, forbiddenUses: { policy: null, uses: [] } });
    expect(problems({ licences: [licenceFixture(), empty] })).toContain("licences/rail.json: forbiddenUses: list the forbidden uses or name the policy that holds them");
  });
  it("rejects self-hosting a model whose weights are not released", () => {
    const closed = modelFixture({ weightsAccess: { value: "none", source: "card" } });
    expect(problems({ models: [closed] }).some((p) => p.includes("selfHostable"))).toBe(true);
  });
});

describe("readCatalogue", () => {
  it("names the file, field and reason of a bad file", () => {
    const dir = writeCatalogueDir(catalogueFixture(), { "models/broken.json": "{ not json" });
    expect(() => readCatalogue(dir, TODAY)).toThrow(CatalogueError);
    try {
      readCatalogue(dir, TODAY);
    } catch (error) {
      expect((error as CatalogueError).issues[0]).toMatchObject({ file: "models/broken.json", field: "(file)" });
    }
  });
});
