// Every /api/models parameter and error path, on the real catalogue, on
// the project's database (SQLite and PostgreSQL projects).
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { GET as detailGet } from "@/app/api/models/[slug]/route";
import { GET as licencesGet } from "@/app/api/licences/route";
import { GET as orgsGet } from "@/app/api/organizations/route";
import { GET as openapiGet } from "@/app/api/openapi.json/route";
import { servedOpenApiDocument } from "@/lib/api/openapi";
import { blendedUsdPerMTok } from "@/lib/domain/price";
import { licenceListSchema, modelDetailSchema, modelListSchema, organizationListSchema } from "@/lib/schemas/model-response";
import { callRoute } from "../helpers/call-route";

async function list(query: string) {
  const res = await callRoute(listGet, `/api/models?${query}`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body);
}
const all = (query: string) => list(`${query}${query ? "&" : ""}pageSize=100`);

describe("GET /api/models filters", () => {
  it("q searches name, organisation and licence, case-insensitively", async () => {
    const { items } = await all("q=LLAMA%202");
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.every((m) => /llama 2/i.test(`${m.name} ${m.licence.name}`))).toBe(true);
    expect((await all("q=anthropic")).items.every((m) => m.organization.slug === "anthropic")).toBe(true);
  });
  it("licence, licenceCategory and commercialUse filter on licence terms", async () => {
    expect((await all("licence=llama-2-community")).items.map((m) => m.slug).sort()).toEqual(
      ["llama-2-13b", "llama-2-13b-chat", "llama-2-70b", "llama-2-70b-chat", "llama-2-7b", "llama-2-7b-chat"],
    );
    const rail = await all("licenceCategory=rail");
    expect(rail.items.length).toBeGreaterThan(0);
    expect(rail.items.every((m) => m.licence.category === "rail")).toBe(true);
    const nc = await all("commercialUse=no");
    expect(nc.items.some((m) => m.slug === "mpt-7b-chat")).toBe(true);
    expect(nc.items.every((m) => m.licence.commercialUse === "no" && m.access !== "open-source")).toBe(true);
  });
  it("org and modality filter by organisation and modality", async () => {
    expect((await all("org=openai")).items.every((m) => m.organization.slug === "openai")).toBe(true);
    const images = await all("modality=image");
    expect(images.items.map((m) => m.slug).sort()).toEqual(["stable-diffusion-2-1", "stable-diffusion-v1-5"]);
  });
  it("minParams/maxParams are billions and exclude undisclosed sizes", async () => {
    const { items } = await all("minParams=60&maxParams=80");
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((m) => m.parameters !== null && m.parameters >= 60e9 && m.parameters <= 80e9)).toBe(true);
    expect(items.some((m) => m.slug === "llama-2-70b")).toBe(true);
  });
  it("minPrice/maxPrice use the blended price of the cheapest current listing and drop unpriced models", async () => {
    const { items } = await all("minPrice=1&maxPrice=10");
    expect(items.length).toBeGreaterThan(0);
    for (const m of items) {
      expect(m.price).not.toBeNull();
      const blended = blendedUsdPerMTok(m.price!.inputUsdPerMTok, m.price!.outputUsdPerMTok);
      expect(blended).toBeGreaterThanOrEqual(1);
      expect(blended).toBeLessThanOrEqual(10);
    }
  });
  it("releasedFrom/releasedTo accept YYYY, YYYY-MM and YYYY-MM-DD, inclusive", async () => {
    const y2023 = await all("releasedFrom=2023&releasedTo=2023");
    expect(y2023.items.every((m) => m.releaseDate?.startsWith("2023"))).toBe(true);
    expect(y2023.items.some((m) => m.slug === "gpt-4")).toBe(true);
    const july = await all("releasedFrom=2023-07&releasedTo=2023-07-18");
    expect(july.items.map((m) => m.slug)).toContain("llama-2-70b");
    expect(july.items.every((m) => m.releaseDate! >= "2023-07-01" && m.releaseDate! <= "2023-07-18")).toBe(true);
  });
});

describe("GET /api/models sorting and paging", () => {
  it.each(["releaseDate", "parameters", "price", "openness", "mmlu"])("sorts by %s descending with unknowns last", async (field) => {
    const { items } = await all(`sort=-${field}`);
    type Item = (typeof items)[number];
    const keys: Record<string, (m: Item) => string | number | null> = {
      releaseDate: (m) => m.releaseDate,
      parameters: (m) => m.parameters,
      price: (m) => m.price?.blendedUsdPerMTok ?? null,
      openness: (m) => m.opennessScore,
      mmlu: (m) => m.mmlu,
    };
    const key = keys[field]!;
    const values = items.map(key);
    const known = values.filter((v) => v !== null);
    expect(values.slice(0, known.length)).toEqual(known);
    expect([...known].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(known);
  });
  it("sorts by name ascending by default", async () => {
    const names = (await all("")).items.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
  it("pages without overlap and reports the total", async () => {
    const p1 = await list("pageSize=10&page=1&sort=name");
    const p2 = await list("pageSize=10&page=2&sort=name");
    expect(p1.items.map((m) => m.slug)).not.toEqual(expect.arrayContaining(p2.items.map((m) => m.slug)));
    expect(p1.total).toBe(p2.total);
    expect((await list("pageSize=10&page=999")).items).toEqual([]);
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
    const closed = await all("access=closed");
    expect(lines).toHaveLength(closed.total + 1);
    expect(lines[0]).toBe("slug,name,organization,releaseDate,parameters,activeParameters,contextLength,modality,architecture,weightsAccess,access,licence,licenceCategory,commercialUse,opennessScore,inputUsdPerMTok,outputUsdPerMTok,blendedUsdPerMTok,mmlu,review");
  });
  it("NDJSON has one model object per line", async () => {
    const res = await callRoute(listGet, "/api/models?org=meta&format=ndjson");
    const rows = res.text.trim().split("\n").map((l) => JSON.parse(l) as { organization: { slug: string } });
    expect(rows.length).toBe((await all("org=meta")).total);
    expect(rows.every((r) => r.organization.slug === "meta")).toBe(true);
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
    expect(m.prices.every((p) => p.sourceUrl.startsWith("https://"))).toBe(true);
    expect(m.benchmarks.find((b) => b.name === "MMLU")?.score).toBe(86.4);
    expect(m.openness.components).toHaveLength(12);
    expect(m.facts.parameters?.unknownReason).toBeTruthy();
    expect(m.facts.identity?.sourceUrl).toMatch(/^https:\/\//);
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
    expect(licences.find((l) => l.slug === "llama-2-community")?.modelCount).toBe(6);
    const orgs = organizationListSchema.parse((await callRoute(orgsGet, "/api/organizations")).body).items;
    expect(orgs.find((o) => o.slug === "meta")?.modelCount).toBeGreaterThanOrEqual(10);
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
