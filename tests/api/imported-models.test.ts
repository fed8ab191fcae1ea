// A catalogue with one reviewed model and imported ones: review state,
// provenance and the filters the imported facts feed (review, provider,
// lifecycle, tool calling, context), on a catalogue built here.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { GET as detailGet } from "@/app/api/models/[slug]/route";
import { modelDetailSchema, modelListSchema } from "@/lib/schemas/model-response";
import type { ImportedModel } from "@/lib/schemas/imported";
import { catalogueFixture, licenceFixture, modelFixture, writeCatalogueDir } from "../fixtures/catalogue";
import { callRoute } from "../helpers/call-route";
import { useCatalogueDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;
const COMMIT = "f3fc692299671838c7c65fd8126bf84d81a2e817";

const host = (p: string, input: number, output: number, lifecycle: "available" | "retired" = "available") => ({
  provider: p, listingId: `x/${p}`, file: `providers/${p}/x.toml`, inputUsdPerMTok: input, outputUsdPerMTok: output,
  cachedInputUsdPerMTok: input / 10, contextLength: 131_072, maxOutputTokens: 8_192, quantisation: null, lifecycle,
});
const imported = (m: Partial<ImportedModel> & Pick<ImportedModel, "slug">): ImportedModel => ({
  ref: { dataset: "models.dev", commit: COMMIT, file: `models/acme/${m.slug}.toml` },
  datasetId: `acme/${m.slug}`,
  organization: "acme",
  ...m,
});
const IMPORTED = [
  imported({ slug: "acme-open-70b", name: "Acme Open 70B", openWeights: true, toolCalling: true, contextLength: 131_072, lifecycle: "available", hosts: [host("together", 0.9, 0.9), host("groq", 0.6, 0.8), host("oldhost", 0.1, 0.1, "retired")] }),
  imported({ slug: "acme-closed-2", name: "Acme Closed 2", openWeights: false, toolCalling: false, contextLength: 8_192, lifecycle: "retired", hosts: [host("acme", 5, 15)] }),
];
const PROVIDERS = ["acme", "together", "groq", "oldhost"].map((slug) => ({ slug, name: slug.toUpperCase(), url: `https://${slug}.example/`, kind: "host" }));
const UNREVIEWED = ["unreviewed-open-weights", "unreviewed-proprietary"].map((slug) =>
  licenceFixture({ slug, name: slug, spdxId: null, category: "unreviewed", osiApproved: false, commercialUse: null, useRestrictions: null, conditions: null }),
);

function writeCatalogue(): string {
  const dir = writeCatalogueDir(catalogueFixture({ models: [modelFixture()], licences: [licenceFixture(), ...UNREVIEWED] }), {
    "providers.json": JSON.stringify({ providers: PROVIDERS }),
  });
  mkdirSync(path.join(dir, "imported", "models.dev"), { recursive: true });
  for (const m of IMPORTED) writeFileSync(path.join(dir, "imported", "models.dev", `${m.slug}.json`), JSON.stringify(m));
  return dir;
}

async function slugs(search: string): Promise<string[]> {
  const res = await callRoute(listGet, `/api/models?${search}`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body).items.map((m) => m.slug).sort();
}

describe(`imported models (${provider})`, () => {
  useCatalogueDatabase(provider, "imported", writeCatalogue);

  it("review=reviewed keeps the reviewed files' models, review=imported the rest", async () => {
    expect(await slugs("review=reviewed")).toEqual(["acme-7b"]);
    expect(await slugs("review=imported")).toEqual(["acme-closed-2", "acme-open-70b"]);
    expect((await callRoute(listGet, "/api/models?review=checked")).body).toMatchObject({ error: { issues: [{ param: "review" }] } });
  });

  it("an imported open-weights model with no reviewed licence is open-weights, never open-source, with unknown commercial use", async () => {
    const res = await callRoute(detailGet, "/api/models/acme-open-70b", { params: { slug: "acme-open-70b" } });
    const m = modelDetailSchema.parse(res.body);
    expect(m).toMatchObject({ access: "open-weights", review: "imported", importedFrom: ["models.dev"], licence: { slug: "unreviewed-open-weights", commercialUse: null } });
    expect(m.parameters).toBe(70e9);
    expect(m.facts.contextLength).toMatchObject({ sourceKind: "dataset", sourceKey: "dataset-models-dev" });
    expect(m.sources.find((s) => s.key === "dataset-models-dev")).toMatchObject({ kind: "dataset", dataset: { name: "models.dev", commit: COMMIT } });
    expect(await slugs("access=open-source")).toEqual(["acme-7b"]);
  });

  it("keeps every host's listing as a price, the retired one never current, and counts the current ones", async () => {
    const res = await callRoute(detailGet, "/api/models/acme-open-70b", { params: { slug: "acme-open-70b" } });
    const m = modelDetailSchema.parse(res.body);
    expect(m.prices.filter((p) => p.current).map((p) => p.provider).sort()).toEqual(["groq", "together"]);
    expect(m.prices.find((p) => p.provider === "groq")).toMatchObject({ providerName: "GROQ", cachedInputUsdPerMTok: 0.06, contextLength: 131_072 });
    expect(m.hostCount).toBe(2);
    expect(m.price).toMatchObject({ inputUsdPerMTok: 0.6, outputUsdPerMTok: 0.8 });
  });

  it("filters on what the imports say: served by, hosts, lifecycle, tool calling, context", async () => {
    expect(await slugs("provider=groq")).toEqual(["acme-open-70b"]);
    expect(await slugs("provider=oldhost")).toEqual([]);
    expect(await slugs("minHosts=2")).toEqual(["acme-open-70b"]);
    expect(await slugs("lifecycle=retired")).toEqual(["acme-closed-2"]);
    expect(await slugs("lifecycle=available,deprecated")).toEqual(["acme-open-70b"]);
    expect(await slugs("capabilities=tool-calling")).toEqual(["acme-open-70b"]);
    expect(await slugs("minContext=100000")).toEqual(["acme-open-70b"]);
  });

  it("sorts by hosts and context with unknowns last", async () => {
    const res = await callRoute(listGet, "/api/models?sort=-hosts");
    expect(modelListSchema.parse(res.body).items.map((m) => m.slug)[0]).toBe("acme-open-70b");
    const ctx = modelListSchema.parse((await callRoute(listGet, "/api/models?sort=-contextLength")).body).items.map((m) => m.contextLength);
    expect(ctx).toEqual([131_072, 8_192, 4_096]);
  });
});
