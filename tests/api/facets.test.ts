// GET /api/facets: the numbers beside the catalogue's checkboxes, checked
// against what /api/models itself returns for each value (so the counts
// mean "this many models if you tick it"), on the project's database.
import { describe, expect, it } from "vitest";
import { GET as facetsGet } from "@/app/api/facets/route";
import { GET as listGet } from "@/app/api/models/route";
import { servedOpenApiDocument } from "@/lib/api/openapi";
import { CATALOGUE_FILTERS, FACET_FILTERS, type FilterSpec } from "@/lib/schemas/catalogue-filters";
import { facetCountsSchema, type FacetCounts } from "@/lib/schemas/facets-response";
import { modelListSchema } from "@/lib/schemas/model-response";
import { FIXTURE_MODELS, fixtureSlugs, isClosed } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";

async function facets(query: string): Promise<FacetCounts["facets"]> {
  const res = await callRoute(facetsGet, `/api/facets${query ? `?${query}` : ""}`);
  expect(res.status, res.text).toBe(200);
  return facetCountsSchema.parse(res.body).facets;
}
async function total(query: string): Promise<number> {
  const res = await callRoute(listGet, `/api/models?${query}&pageSize=1`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body).total;
}
/** The query with `name` set to `value`: an any-of facet replaces its own selection, an all-of one adds to it. */
function withValue(query: string, name: string, value: string): string {
  const params = new URLSearchParams(query);
  const f: FilterSpec = CATALOGUE_FILTERS[name as keyof typeof CATALOGUE_FILTERS];
  const own = params.get(name);
  params.set(name, f.kind === "list" && f.match === "all" && own ? `${own},${value}` : value);
  return params.toString();
}

describe("GET /api/facets", () => {
  it.each([
    "",
    "access=closed",
    "access=open-source,open-weights&commercialUse=yes",
    "capabilities=tool-calling",
    "lifecycle=available,deprecated,unknown&modality=text",
    "useRestrictions=false&selfHostable=true",
    "q=acme",
  ])("with %s, each count is the total /api/models gives with that value chosen", async (query) => {
    const counted = await facets(query);
    expect(Object.keys(counted).sort()).toEqual([...FACET_FILTERS].sort());
    let checked = 0;
    for (const name of FACET_FILTERS) {
      for (const [value, count] of Object.entries(counted[name] ?? {})) {
        // Ticking a value must give the count shown beside it.
        expect(await total(withValue(query, name, value)), `${name}=${value} under "${query}"`).toBe(count);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("an any-of facet keeps its other values' counts when one is ticked; the rest narrow", async () => {
    const all = await facets("");
    const closed = await facets("access=closed");
    expect(closed.access).toEqual(all.access);
    expect(all.access?.closed).toBe(fixtureSlugs(isClosed).length);
    const closedModalities = Object.values(closed.modality ?? {}).reduce((a, b) => a + b, 0);
    expect(closedModalities).toBe(fixtureSlugs(isClosed).length);
    expect(Object.values(all.modality ?? {}).reduce((a, b) => a + b, 0)).toBe(FIXTURE_MODELS.length);
  });

  it("counts unknown lifecycles and both answers of a toggle", async () => {
    const all = await facets("");
    expect(all.lifecycle?.unknown).toBe(fixtureSlugs((m) => !m.lifecycle).length);
    expect(all.selfHostable?.true).toBe(fixtureSlugs((m) => m.selfHostable.value === true).length);
    expect((all.useRestrictions?.true ?? 0) + (all.useRestrictions?.false ?? 0)).toBeLessThan(FIXTURE_MODELS.length); // unknown terms are neither
  });

  it.each(["sort=name", "page=2", "pageSize=5", "format=csv"])("refuses %s (aggregates cover every matching model)", async (query) => {
    const res = await callRoute(facetsGet, `/api/facets?${query}`);
    expect(res.status).toBe(400);
    expect((res.body as { error: { issues: Array<{ param: string }> } }).error.issues.map((i) => i.param)).toEqual([query.split("=")[0]]);
  });

  it("refuses bad filters as /api/models does, and is in the OpenAPI document", async () => {
    const res = await callRoute(facetsGet, "/api/facets?minPrice=5&maxPrice=1");
    expect(res.status).toBe(400);
    expect((res.body as { error: { issues: unknown[] } }).error.issues).toEqual([{ param: "minPrice", message: "must not be greater than maxPrice" }]);
    const doc = JSON.parse(servedOpenApiDocument().body) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain("/api/facets");
  });
});
