// Every /api/models parameter and error path, on the fixture catalogue
// (tests/fixtures/fixture-catalogue.ts), on the project's database (SQLite
// and PostgreSQL projects). Expected rows come from the fixture records.
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { GET as detailGet } from "@/app/api/models/[slug]/route";
import { GET as licencesGet } from "@/app/api/licences/route";
import { GET as orgsGet } from "@/app/api/organizations/route";
import { GET as openapiGet } from "@/app/api/openapi.json/route";
import { servedOpenApiDocument } from "@/lib/api/openapi";
import { blendedUsdPerMTok } from "@/lib/domain/price";
import type { ModelFile } from "@/lib/schemas/catalogue";
import { licenceListSchema, modelDetailSchema, modelListSchema, organizationListSchema } from "@/lib/schemas/model-response";
import { FIXTURE_MODELS, fixtureLicence, fixtureModel, fixtureSlugs, isClosed, searchableText } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";
import { expectEvery } from "../helpers/expect-every";

async function list(query: string) {
  const res = await callRoute(listGet, `/api/models?${query}`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body);
}
const all = (query: string) => list(`${query}${query ? "&" : ""}pageSize=100`);
const slugs = (page: { items: Array<{ slug: string }> }) => page.items.map((m) => m.slug).sort();
const licenceOf = (m: ModelFile) => fixtureLicence(m.licence.value);

/** The blended price of a fixture model's cheapest current listing (newest per provider), or null. */
function cheapestBlended(m: ModelFile): number | null {
  const current = new Map<string, ModelFile["prices"][number]>();
  for (const p of m.prices) if ((current.get(p.provider)?.effectiveDate ?? "") < p.effectiveDate) current.set(p.provider, p);
  const blended = [...current.values()].map((p) => blendedUsdPerMTok(p.inputUsdPerMTok, p.outputUsdPerMTok));
  return blended.length ? Math.min(...blended) : null;
}

describe("GET /api/models filters", () => {
  it("q searches name, slug, family, organisation and licence, case-insensitively", async () => {
    expect(slugs(await all("q=LLAMA%202"))).toEqual(fixtureSlugs((m) => searchableText(m).includes("llama 2")));
    // Words only the organisation's name or the licence's name holds.
    expect(slugs(await all("q=northwind%20RESEARCH"))).toEqual(fixtureSlugs((m) => m.organization === "northwind"));
    expect(slugs(await all("q=openrail"))).toEqual(fixtureSlugs((m) => m.licence.value === "openrail-m"));
  });
  it("licence, licenceCategory and commercialUse filter on licence terms", async () => {
    expect(slugs(await all("licence=llama-2-community"))).toEqual(fixtureSlugs((m) => m.licence.value === "llama-2-community"));
    expect(slugs(await all("licence=mit,openrail-m"))).toEqual(fixtureSlugs((m) => ["mit", "openrail-m"].includes(m.licence.value)));
    expect(slugs(await all("licenceCategory=rail"))).toEqual(fixtureSlugs((m) => licenceOf(m).category === "rail"));
    const nc = await all("commercialUse=no");
    expect(slugs(nc)).toEqual(fixtureSlugs((m) => licenceOf(m).commercialUse === "no"));
    expectEvery(nc.items, (m) => m.licence.commercialUse === "no" && m.access !== "open-source", "non-commercial models");
  });
  it("access filters on the derived access class", async () => {
    expect(slugs(await all("access=closed"))).toEqual(fixtureSlugs(isClosed));
    const open = await all("access=open-source,open-weights");
    expect(slugs(open)).toEqual(fixtureSlugs((m) => !isClosed(m)));
    expect(slugs(await all("access=open-weights"))).toEqual(fixtureSlugs((m) => !isClosed(m) && licenceOf(m).category !== "permissive"));
  });
  it("org and modality filter by organisation and modality", async () => {
    expect(slugs(await all("org=openai"))).toEqual(fixtureSlugs((m) => m.organization === "openai"));
    expect(slugs(await all("org=meta,northwind"))).toEqual(fixtureSlugs((m) => ["meta", "northwind"].includes(m.organization)));
    expect(slugs(await all("modality=image"))).toEqual(fixtureSlugs((m) => m.modality === "image"));
  });
  it("minParams/maxParams are billions, inclusive, and exclude undisclosed sizes", async () => {
    const inRange = (m: ModelFile) => m.parameters.value !== null && m.parameters.value >= 13e9 && m.parameters.value <= 34e9;
    expect(slugs(await all("minParams=13&maxParams=34"))).toEqual(fixtureSlugs(inRange));
    expect(slugs(await all("minParams=0.001"))).toEqual(fixtureSlugs((m) => m.parameters.value !== null));
  });
  it("minPrice/maxPrice use the blended price of the cheapest current listing and drop unpriced models", async () => {
    const { items } = await all("minPrice=1&maxPrice=10");
    expect(slugs({ items })).toEqual(fixtureSlugs((m) => { const p = cheapestBlended(m); return p !== null && p >= 1 && p <= 10; }));
    expectEvery(items, (m) => m.price !== null && m.price.blendedUsdPerMTok === blendedUsdPerMTok(m.price.inputUsdPerMTok, m.price.outputUsdPerMTok), "priced models");
    // GPT-4o's older, dearer listing is history, not its current price.
    expect(items.find((m) => m.slug === "gpt-4o")?.price?.inputUsdPerMTok).toBe(2.5);
  });
  it("releasedFrom/releasedTo accept YYYY, YYYY-MM and YYYY-MM-DD, inclusive", async () => {
    const released = (m: ModelFile) => m.releaseDate.value ?? "";
    expect(slugs(await all("releasedFrom=2023&releasedTo=2023"))).toEqual(fixtureSlugs((m) => released(m).startsWith("2023")));
    expect(slugs(await all("releasedFrom=2023-03-14&releasedTo=2023-07-18"))).toEqual(fixtureSlugs((m) => released(m) >= "2023-03-14" && released(m) <= "2023-07-18"));
    expect(slugs(await all("releasedTo=2019-10"))).toEqual(fixtureSlugs((m) => released(m) !== "" && released(m) <= "2019-10-31"));
  });
});

describe("GET /api/models sorting and paging", () => {
  // MMLU ranks one setting only: tests/api/catalogue-sorts.test.ts.
  it.each(["releaseDate", "parameters", "price", "openness"])("sorts by %s descending with unknowns last", async (field) => {
    const { items } = await all(`sort=-${field}`);
    type Item = (typeof items)[number];
    const keys: Record<string, (m: Item) => string | number | null> = {
      releaseDate: (m) => m.releaseDate,
      parameters: (m) => m.parameters,
      price: (m) => m.price?.blendedUsdPerMTok ?? null,
      openness: (m) => m.opennessScore,
    };
    const key = keys[field]!;
    const values = items.map(key);
    expect(values).toHaveLength(FIXTURE_MODELS.length);
    const known = values.filter((v) => v !== null);
    expect(new Set(known).size, "distinct known values to order").toBeGreaterThan(2);
    expect(values.slice(0, known.length)).toEqual(known);
    expect([...known].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(known);
  });
  it("sorts by name ascending by default", async () => {
    const names = (await all("")).items.map((m) => m.name);
    expect(names).toHaveLength(FIXTURE_MODELS.length);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
  it("pages without overlap or gaps and reports the total", async () => {
    const total = FIXTURE_MODELS.length;
    const pageCount = Math.ceil(total / 10);
    expect(pageCount, "the fixture fills more than two pages").toBeGreaterThan(2);
    const pages = [];
    for (let page = 1; page <= pageCount; page++) pages.push(await list(`pageSize=10&page=${page}&sort=name`));
    expect(pages.map((p) => p.total)).toEqual(pages.map(() => total));
    expect(pages.map((p) => p.items.length)).toEqual([...pages.slice(1).map(() => 10), total - 10 * (pageCount - 1)]);
    const listed = pages.flatMap((p) => p.items.map((m) => m.slug));
    // Every model exactly once across the pages, in name order.
    expect([...listed].sort()).toEqual(fixtureSlugs());
    expect(listed).toEqual((await all("sort=name")).items.map((m) => m.slug));
    expect((await list(`pageSize=10&page=${pageCount + 1}`)).items).toEqual([]);
  });
});

describe("GET /api/models errors", () => {
  it.each([
    ["page=0", "page"],
    ["page=abc", "page"],
    ["pageSize=101", "pageSize"],
    ["sort=size", "sort"],
    ["access=public", "access"],
    ["commercialUse=maybe", "commercialUse"],
    ["minParams=-1", "minParams"],
    ["minPrice=cheap", "minPrice"],
    ["releasedFrom=2023-13", "releasedFrom"],
    ["minParams=80&maxParams=7", "minParams"],
    ["format=xml", "format"],
    ["page=1&page=2", "page"],
    ["licence=Not_A_Slug", "licence"],
    [`q=${"x".repeat(201)}`, "q"],
    ["colour=blue", "colour"],
  ])("%s → 400 naming %s", async (query, param) => {
    const res = await callRoute(listGet, `/api/models?${query}`);
    expect(res.status).toBe(400);
    const body = res.body as { error: { code: string; message: string; issues: Array<{ param: string; message: string }> } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((i) => i.param)).toContain(param);
  });
});

describe("exports", () => {
  it("CSV has a header and every matching row, not just a page", async () => {
    const res = await callRoute(listGet, "/api/models?access=closed&pageSize=5&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="models-.*\.csv"/);
    const lines = res.text.trim().split("\r\n");
    expect(lines.slice(1).map((l) => l.split(",")[0]).sort()).toEqual(fixtureSlugs(isClosed));
    expect(lines[0]).toBe("slug,name,organization,releaseDate,parameters,activeParameters,contextLength,modality,architecture,weightsAccess,access,licence,licenceCategory,commercialUse,opennessScore,inputUsdPerMTok,outputUsdPerMTok,blendedUsdPerMTok,mmlu,mmluSetting,review");
  });
  it("NDJSON has one model object per line", async () => {
    const res = await callRoute(listGet, "/api/models?org=meta&format=ndjson");
    const rows = res.text.trim().split("\n").map((l) => JSON.parse(l) as { slug: string; organization: { slug: string } });
    expect(rows.map((r) => r.slug).sort()).toEqual(fixtureSlugs((m) => m.organization === "meta"));
    expectEvery(rows, (r) => r.organization.slug === "meta", "NDJSON rows");
  });
});

describe("caching", () => {
  it("sends an ETag and answers 304 to a matching conditional request", async () => {
    const first = await callRoute(listGet, "/api/models?access=closed");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const again = await callRoute(listGet, "/api/models?access=closed", { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    const other = await callRoute(listGet, "/api/models?access=open-source", { headers: { "If-None-Match": etag! } });
    expect(other.status).toBe(200);
  });
  it("gives the same ETag whatever the parameter order", async () => {
    const a = await callRoute(listGet, "/api/models?access=closed&sort=name");
    const b = await callRoute(listGet, "/api/models?sort=name&access=closed");
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
  });
});

describe("GET /api/models/{slug}, /api/licences, /api/organizations, /api/openapi.json", () => {
  it("returns a model's full, sourced record", async () => {
    const res = await callRoute(detailGet, "/api/models/gpt-4", { params: { slug: "gpt-4" } });
    expect(res.status).toBe(200);
    const m = modelDetailSchema.parse(res.body);
    expect(m).toMatchObject({ slug: "gpt-4", access: "closed", parameters: null, weightsAccess: "none", organization: { slug: "openai" } });
    expect(m.prices.length).toBeGreaterThan(0);
    expect(m.prices).toHaveLength(fixtureModel("gpt-4").prices.length);
    expectEvery(m.prices, (p) => p.sourceUrl.startsWith("https://"), "prices");
    expect(m.benchmarks.find((b) => b.name === "MMLU")?.score).toBe(fixtureModel("gpt-4").benchmarks.find((b) => b.name === "MMLU")?.score);
    expect(m.openness.components).toHaveLength(12);
    expect(m.facts.parameters?.unknownReason).toBeTruthy();
    expect(m.facts.identity?.sourceUrl).toMatch(/^https:\/\//);
  });
  it("carries every host's price history: each change dated and sourced, only each provider's newest one current", async () => {
    const fixture = fixtureModel("opengpt-20b");
    const res = await callRoute(detailGet, "/api/models/opengpt-20b", { params: { slug: "opengpt-20b" } });
    const m = modelDetailSchema.parse(res.body);
    expect(m.prices).toHaveLength(fixture.prices.length);
    const providers = [...new Set(fixture.prices.map((p) => p.provider))];
    expect(m.hostCount).toBe(providers.length);
    for (const provider of providers) {
      const recorded = fixture.prices.filter((p) => p.provider === provider).map((p) => p.effectiveDate).sort();
      const served = m.prices.filter((p) => p.provider === provider);
      expect(served.map((p) => p.effectiveDate).sort()).toEqual(recorded);
      // The change with no later one (no end date) is the current price; older ones are history.
      expect(served.filter((p) => p.current).map((p) => p.effectiveDate)).toEqual([recorded.at(-1)]);
    }
    expect(providers.length).toBeGreaterThan(1);
    expect(m.prices.filter((p) => p.provider === "acme-cloud").length).toBeGreaterThan(1);
    expectEvery(m.prices, (p) => p.sourceUrl.startsWith("https://") && /^\d{4}-\d{2}-\d{2}$/.test(p.asOf), "price rows");
  });
  it("answers 404 JSON for an unknown slug and 400 for a malformed one", async () => {
    const missing = await callRoute(detailGet, "/api/models/gpt-9", { params: { slug: "gpt-9" } });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: "not_found" } });
    const bad = await callRoute(detailGet, "/api/models/%3Cscript%3E", { params: { slug: "<script>" } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "invalid_query", issues: [{ param: "slug" }] } });
  });
  it("lists licences with terms and organisations with counts", async () => {
    const licences = licenceListSchema.parse((await callRoute(licencesGet, "/api/licences")).body).items;
    expect(licences.find((l) => l.slug === "apache-2-0")).toMatchObject({ osiApproved: true, commercialUse: "yes" });
    expect(licences.find((l) => l.slug === "llama-2-community")?.modelCount).toBe(fixtureSlugs((m) => m.licence.value === "llama-2-community").length);
    const orgs = organizationListSchema.parse((await callRoute(orgsGet, "/api/organizations")).body).items;
    expect(orgs.find((o) => o.slug === "meta")?.modelCount).toBe(fixtureSlugs((m) => m.organization === "meta").length);
    expect((await callRoute(licencesGet, "/api/licences?x=1")).status).toBe(400);
  });
  it("publishes an OpenAPI 3.1 document generated from the schemas", async () => {
    const doc = (await callRoute(openapiGet as never, "/api/openapi.json")).body as { openapi: string; paths: Record<string, { get: { parameters?: Array<{ name: string }> } }> };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/models"]?.get.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(["q", "access", "licence", "minPrice", "releasedTo", "sort", "format"]));
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/models/{slug}", "/api/licences", "/api/organizations", "/api/stats"]));
  });
  it("builds the OpenAPI document once per process and revalidates it with an ETag", async () => {
    expect(servedOpenApiDocument()).toBe(servedOpenApiDocument());
    const first = await callRoute(openapiGet as never, "/api/openapi.json");
    const second = await callRoute(openapiGet as never, "/api/openapi.json");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/".+"$/);
    expect(second.headers.get("etag")).toBe(etag);
    expect(second.text).toBe(first.text);
    const revalidated = await callRoute(openapiGet as never, "/api/openapi.json", { headers: { "If-None-Match": etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe("");
    expect((await callRoute(openapiGet as never, "/api/openapi.json", { headers: { "If-None-Match": 'W/"stale"' } })).status).toBe(200);
    const unknown = await callRoute(openapiGet as never, "/api/openapi.json?version=2");
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: "invalid_query", issues: [{ param: "version" }] } });
  });
});
