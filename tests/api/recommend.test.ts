// /api/recommend on a small fixture catalogue, on either database (TEST_DB_PROVIDER).
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/recommend/route";
import { OPENNESS_COMPONENTS, type ModelFile } from "@/lib/schemas/catalogue";
import { recommendResponseSchema, type RecommendResponse } from "@/lib/schemas/recommend-response";
import { catalogueFixture, licenceFixture, modelFixture, organizationFixture, writeCatalogueDir } from "../fixtures/catalogue";
import { callRoute } from "../helpers/call-route";
import { useCatalogueDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;
const price = (input: number, output: number) => ({ provider: "vendor", inputUsdPerMTok: input, outputUsdPerMTok: output, effectiveDate: "2025-01-01", source: "card" });
const mmlu = (score: number) => [{ name: "MMLU" as const, setting: "5-shot", score, publishedOn: "2024-01-02", source: "card" }];

function writeFixture() {
  return writeCatalogueDir(
    catalogueFixture({
      organizations: [organizationFixture(), organizationFixture({ slug: "vendor", name: "Vendor" })],
      licences: [
        licenceFixture(),
        licenceFixture({ slug: "community", name: "Community Licence", spdxId: null, category: "custom-open-weights", osiApproved: false, commercialUse: "conditional", conditions: "Under 700M monthly users.", useRestrictions: true }),
        licenceFixture({ slug: "vendor-terms", name: "Vendor Terms", spdxId: null, category: "proprietary", osiApproved: false, commercialUse: "yes", redistributionAllowed: false, derivativesAllowed: false }),
        licenceFixture({ slug: "unreviewed-other", name: "Unreviewed licence", spdxId: null, category: "unreviewed", osiApproved: false, commercialUse: null, useRestrictions: null, outputTrainingBan: null, attributionRequired: null, redistributionAllowed: null, derivativesAllowed: null }),
      ],
      models: [
        modelFixture({ slug: "acme-7b", name: "Acme 7B", benchmarks: mmlu(60) }),
        modelFixture({ slug: "acme-70b", name: "Acme 70B", parameters: { value: 70e9, source: "card" }, licence: { value: "community", source: "card" }, benchmarks: mmlu(80), toolCalling: { value: false, source: "card" } }),
        modelFixture({ slug: "acme-8b-unreviewed", name: "Acme 8B", parameters: { value: 8e9, source: "card" }, licence: { value: "unreviewed-other", source: "card" }, benchmarks: mmlu(65) }),
        modelFixture({
          slug: "vendor-pro",
          name: "Vendor Pro",
          organization: "vendor",
          parameters: { value: null, unknownReason: "Not disclosed." },
          weightsAccess: { value: "none", source: "card" },
          selfHostable: { value: false, source: "card" },
          licence: { value: "vendor-terms", source: "card" },
          prices: [price(2, 8)],
          benchmarks: mmlu(86),
          toolCalling: { value: true, source: "card" },
          openness: Object.fromEntries(OPENNESS_COMPONENTS.map((c) => [c, { grade: "closed", evidence: "https://example.org/evidence" }])) as ModelFile["openness"],
        }),
      ],
    }),
  );
}

async function recommend(query: string): Promise<RecommendResponse> {
  const res = await callRoute(GET, `/api/recommend?${query}`);
  expect(res.status, res.text).toBe(200);
  return recommendResponseSchema.parse(res.body);
}

describe(`GET /api/recommend (${provider})`, () => {
  useCatalogueDatabase(provider, "recommend", writeFixture);

  it("commercial use with no conditions, self-hosted on one 80 GB GPU: the open verdict, the closed side ruled out, near misses named", async () => {
    const r = await recommend("commercialUse=yes&deploy=self-host&gpuMemoryGb=80&gpus=1&inM=50&outM=0");
    expect(r.items.map((i) => i.model.slug)).toEqual(["acme-7b"]);
    expect(r.items[0]).toMatchObject({ route: "self-host", gpusNeeded: 1, bits: 16, gpuMemoryGb: 80 });
    expect(r.verdict.open.item?.model.slug).toBe("acme-7b");
    expect(r.verdict.closed.item).toBeNull();
    expect(r.verdict.closed.ruledOutBy).toMatch(/deploy/);
    const misses = Object.fromEntries(r.nearMisses.map((n) => [n.model.slug, n.failed]));
    expect(misses["acme-70b"]).toEqual([{ constraint: "commercialUse", message: "licence: commercial use only under conditions (Under 700M monthly users.)" }]);
    expect(misses["acme-8b-unreviewed"]?.[0]?.message).toMatch(/commercial use unknown/);
    expect(misses["vendor-pro"]?.[0]?.constraint).toBe("deploy");
  });

  it("admits conditional licences when conditions are acceptable, and ranks by the priority", async () => {
    const r = await recommend("commercialUse=yes,conditional&priority=quality");
    expect(r.items.map((i) => i.model.slug)).toEqual(["vendor-pro", "acme-70b", "acme-7b"]);
    expect(r.items[1]?.tradeOffs.join(" | ")).toMatch(/commercial use only under conditions/);
    expect(r.verdict.summary).toMatch(/^An open model \(Acme 70B\) meets every must-have .* 6 points lower on MMLU\.$/);
  });

  it("a budget excludes routes above it", async () => {
    // Vendor Pro: 50M × $2 + 10M × $8 = $180 a month.
    const within = await recommend("deploy=api&maxMonthlyUsd=180");
    expect(within.items.map((i) => [i.model.slug, i.monthlyCostUsd])).toEqual([["vendor-pro", 180]]);
    const below = await recommend("deploy=api&maxMonthlyUsd=179");
    expect(below.items).toEqual([]);
    expect(below.nearMisses.find((n) => n.model.slug === "vendor-pro")?.failed[0]?.constraint).toBe("maxMonthlyUsd");
  });

  it("takes the registry's filters as must-haves: selfHostable=true names the closed model's failure", async () => {
    const r = await recommend("selfHostable=true");
    expect(r.items.every((i) => i.model.access !== "closed")).toBe(true);
    expect(r.nearMisses.find((n) => n.model.slug === "vendor-pro")?.failed).toEqual([{ constraint: "selfHostable", message: "weights: not released, it cannot run on your hardware" }]);
  });

  it("takes the catalogue's capabilities filter as a must-have: unknown is not a yes", async () => {
    const r = await recommend("capabilities=tool-calling");
    expect(r.items.map((i) => i.model.slug)).toEqual(["vendor-pro"]);
    const misses = Object.fromEntries(r.nearMisses.map((n) => [n.model.slug, n.failed]));
    expect(misses["acme-70b"]).toEqual([{ constraint: "capabilities", message: "no tool calling" }]);
    // Acme 7B's tool calling is unknown: not a candidate.
    expect(r.items.map((i) => i.model.slug)).not.toContain("acme-7b");
    // The recommender's own list it replaces is gone.
    expect((await callRoute(GET, "/api/recommend?capability=toolCalling")).status).toBe(400);
  });

  it("names every bad parameter, in the API's error shape", async () => {
    const res = await callRoute(GET, "/api/recommend?deploy=moon&bits=3&foo=1&access=bogus&cachedShare=2&page=2");
    expect(res.status).toBe(400);
    const body = res.body as { error: { code: string; issues: Array<{ param: string }> } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((i) => i.param).sort()).toEqual(["access", "bits", "cachedShare", "deploy", "foo", "page"]);
    // The catalogue's own cross-field checks apply too.
    const range = await callRoute(GET, "/api/recommend?minParams=5&maxParams=1");
    expect((range.body as { error: { issues: Array<{ param: string }> } }).error.issues.map((i) => i.param)).toEqual(["minParams"]);
  });
});
