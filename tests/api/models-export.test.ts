// The CSV/NDJSON export lists exactly the rows the paged API lists, in the
// same order, for every sort — unknown values last — including across the
// export's keyset batches (small batches here, so ties and the known/unknown
// boundary fall inside and between them).
import { describe, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/models/route";
import { streamModels } from "@/lib/db/stream-models";
import { modelListSchema } from "@/lib/schemas/model-response";
import { parseModelsQuery } from "@/lib/schemas/models-query";
import { FIXTURE_MODELS } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";

const SORTS = ["name", "-name", "releaseDate", "-releaseDate", "parameters", "-parameters", "price", "-price", "openness", "-openness", "mmlu", "-mmlu"];

/** Every page of the paged API for `query`, 10 rows a page, as slugs in order. */
async function pagedSlugs(query: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const res = await callRoute(listGet, `/api/models?${query}&pageSize=10&page=${page}`);
    expect(res.status, res.text).toBe(200);
    const body = modelListSchema.parse(res.body);
    slugs.push(...body.items.map((m) => m.slug));
    if (slugs.length >= body.total) return slugs;
  }
}

async function streamedSlugs(query: string, batchSize: number): Promise<string[]> {
  const parsed = parseModelsQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`bad query ${query}`);
  const slugs: string[] = [];
  for await (const batch of streamModels(parsed.query, batchSize)) slugs.push(...batch.map((m) => m.slug));
  return slugs;
}

describe("export order", () => {
  it("NDJSON sorted by -mmlu lists every model in the paged order: ranked scores high to low, then the unknowns", async () => {
    const res = await callRoute(listGet, "/api/models?sort=-mmlu&format=ndjson");
    expect(res.status).toBe(200);
    const rows = res.text.trim().split("\n").map((line) => JSON.parse(line) as { slug: string; mmlu: number | null; mmluSetting: string | null });
    expect(rows.map((r) => r.slug)).toEqual(await pagedSlugs("sort=-mmlu"));
    const firstUnknown = rows.findIndex((r) => r.mmlu === null);
    expect(firstUnknown).toBeGreaterThan(0); // the fixture has both, so the boundary is tested
    expect(rows.slice(firstUnknown).map((r) => r.mmlu)).toEqual(rows.slice(firstUnknown).map(() => null));
    const ranked = rows.filter((r) => r.mmluSetting === "5-shot").map((r) => r.mmlu!);
    expect(ranked.length).toBeGreaterThan(2);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
  });

  it("CSV sorted by price with a filter has the paged rows in the paged order", async () => {
    const res = await callRoute(listGet, "/api/models?access=open-weights,open-source&sort=price&format=csv");
    const slugs = res.text.trim().split("\r\n").slice(1).map((line) => line.split(",")[0]);
    expect(slugs.length).toBeGreaterThan(3);
    expect(slugs).toEqual(await pagedSlugs("access=open-weights,open-source&sort=price"));
  });

  it.each(SORTS)("sort=%s: keyset batches of 4 give the paged order", async (sort) => {
    const expected = await pagedSlugs(`sort=${sort}`);
    expect(expected).toHaveLength(FIXTURE_MODELS.length);
    expect(await streamedSlugs(`sort=${sort}`, 4)).toEqual(expected);
  });

  it.each(["q=acme&sort=-openness", "org=meta,northwind&sort=-releaseDate", "access=closed&sort=parameters", "q=no-such-model&sort=mmlu"])("%s: keyset batches of 3 give the paged order", async (query) => {
    const expected = await pagedSlugs(query);
    if (!query.startsWith("q=no-such-model")) expect(expected.length, "rows to batch").toBeGreaterThan(3);
    expect(await streamedSlugs(query, 3)).toEqual(expected);
  });
});
