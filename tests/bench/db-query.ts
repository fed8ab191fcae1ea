// The database query alone, no HTTP: readModelsPage — what /api/models runs
// on a page-memo miss (the page's slugs along the sort index, its rows; the
// count memoised per catalogue version) — in a loop over the query mix; and,
// apart, the exact count(*) each filter costs the first time it is seen (for
// a text search: finding its matches through the trigram index, unmemoised,
// then the count) and the facet counts (GET /api/facets) a new filter set
// costs. The newer filters (NEW_FILTER_MIX) and text searches (SEARCH_MIX)
// are timed the same way, each reported apart.
// Run with `--conditions=react-server` so `server-only` resolves to its no-op.
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/prisma";
import { readModelsPage } from "@/lib/db/list-models";
import { buildModelWhere } from "@/lib/db/model-where";
import { readFacets } from "@/lib/db/facet-counts";
import { findMatches } from "@/lib/db/search-models";
import { normaliseSearchQuery } from "@/lib/domain/search-text";
import { parseModelsQuery, type ModelsQuery } from "@/lib/schemas/models-query";
import { NEW_FILTER_MIX, QUERY_MIX, SEARCH_MIX } from "./query-mix";
import { percentiles } from "./stats";

const { values } = parseArgs({ options: { iterations: { type: "string", default: "50" }, json: { type: "boolean", default: false } } });
const iterations = Number(values.iterations);

function parse(search: string): ModelsQuery {
  const parsed = parseModelsQuery(new URLSearchParams(search));
  if (!parsed.ok) throw new Error(`bad benchmark query "${search}": ${JSON.stringify(parsed.issues)}`);
  return parsed.query;
}

async function timeMs(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const { db } = getDb();

/** The count a filter costs when first seen; a search first finds its matches (what the app memoises per catalogue version). */
async function firstCount(query: ModelsQuery): Promise<number> {
  if (query.q === undefined) return db.model.count({ where: buildModelWhere(query) });
  const search = await findMatches(getDb(), normaliseSearchQuery(query.q));
  const rest = buildModelWhere({ ...query, q: undefined });
  return db.model.count({ where: { AND: [search.where, ...(Array.isArray(rest.AND) ? rest.AND : [])] } });
}
const timed = (mix: readonly string[]) => mix.map((search) => ({ search, query: parse(search), pageMs: [] as number[], countMs: [] as number[], facetMs: [] as number[] }));
const queries = timed(QUERY_MIX);
const newQueries = timed(NEW_FILTER_MIX);
const searches = timed(SEARCH_MIX);
const everyQuery = [...queries, ...newQueries, ...searches];
for (const q of everyQuery) for (let i = 0; i < 5; i++) await readModelsPage(q.query); // warm-up: connection, statements, memo
// Facet counts are many GROUP BYs: fewer rounds keep the run short (the search mix skips them).
const facetEvery = Math.max(1, Math.round(iterations / 10));
for (let i = 0; i < iterations; i++)
  for (const q of everyQuery) {
    q.pageMs.push(await timeMs(() => readModelsPage(q.query)));
    q.countMs.push(await timeMs(() => firstCount(q.query)));
    if (i % facetEvery === 0 && !searches.includes(q)) q.facetMs.push(await timeMs(() => readFacets(q.query)));
  }
await db.$disconnect();

const summary = (list: typeof queries) => ({
  all: percentiles(list.flatMap((q) => q.pageMs)),
  countAll: percentiles(list.flatMap((q) => q.countMs)),
  facetAll: percentiles(list.flatMap((q) => q.facetMs)),
  perQuery: list.map((q) => ({ query: q.search || "(default)", ...percentiles(q.pageMs), countP95: percentiles(q.countMs).p95, facetP95: percentiles(q.facetMs).p95 })),
});
const result = {
  ...summary(queries),
  newFilters: summary(newQueries),
  search: searches.map((q) => ({ query: decodeURIComponent(q.search), ...percentiles(q.pageMs), countP95: percentiles(q.countMs).p95 })),
};
if (values.json) console.log(JSON.stringify(result));
else {
  for (const part of [result, result.newFilters]) {
    console.log("  page p50  page p95  count p95  facets p95  query (ms)");
    for (const r of part.perQuery) console.log(`${r.p50.toFixed(2).padStart(10)}${r.p95.toFixed(2).padStart(10)}${r.countP95.toFixed(2).padStart(11)}${r.facetP95.toFixed(2).padStart(12)}  ${r.query}`);
    console.log(`${part.all.p50.toFixed(2).padStart(10)}${part.all.p95.toFixed(2).padStart(10)}${part.countAll.p95.toFixed(2).padStart(11)}${part.facetAll.p95.toFixed(2).padStart(12)}  ALL`);
  }
  for (const r of result.search) console.log(`${r.p50.toFixed(2).padStart(10)}${r.p95.toFixed(2).padStart(10)}${r.countP95.toFixed(2).padStart(11)}  search: ${r.query}`);
}
