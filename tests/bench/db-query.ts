// The database query alone, no HTTP: readModelsPage — what /api/models runs
// on a page-memo miss (the page's slugs along the sort index, its rows; the
// count memoised per catalogue version) — in a loop over the query mix; and,
// apart, the exact count(*) each filter costs the first time it is seen (for
// a text search: finding its matches through the trigram index, unmemoised, then the count).
// Run with `--conditions=react-server` so `server-only` resolves to its no-op.
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/prisma";
import { readModelsPage } from "@/lib/db/list-models";
import { buildModelWhere } from "@/lib/db/model-where";
import { findMatches } from "@/lib/db/search-models";
import { normaliseSearchQuery } from "@/lib/domain/search-text";
import { parseModelsQuery, type ModelsQuery } from "@/lib/schemas/models-query";
import { QUERY_MIX, SEARCH_MIX } from "./query-mix";
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
const timed = (mix: readonly string[]) => mix.map((search) => ({ search, query: parse(search), pageMs: [] as number[], countMs: [] as number[] }));
const queries = timed(QUERY_MIX);
const searches = timed(SEARCH_MIX);
for (const q of [...queries, ...searches]) for (let i = 0; i < 5; i++) await readModelsPage(q.query); // warm-up: connection, statements, memo
for (let i = 0; i < iterations; i++)
  for (const q of [...queries, ...searches]) {
    q.pageMs.push(await timeMs(() => readModelsPage(q.query)));
    q.countMs.push(await timeMs(() => firstCount(q.query)));
  }
await db.$disconnect();

const result = {
  all: percentiles(queries.flatMap((q) => q.pageMs)),
  countAll: percentiles(queries.flatMap((q) => q.countMs)),
  perQuery: queries.map((q) => ({ query: q.search || "(default)", ...percentiles(q.pageMs), countP95: percentiles(q.countMs).p95 })),
  search: searches.map((q) => ({ query: decodeURIComponent(q.search), ...percentiles(q.pageMs), countP95: percentiles(q.countMs).p95 })),
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log("  page p50  page p95  count p95  query (ms)");
  for (const r of result.perQuery) console.log(`${r.p50.toFixed(2).padStart(10)}${r.p95.toFixed(2).padStart(10)}${r.countP95.toFixed(2).padStart(11)}  ${r.query}`);
  console.log(`${result.all.p50.toFixed(2).padStart(10)}${result.all.p95.toFixed(2).padStart(10)}${result.countAll.p95.toFixed(2).padStart(11)}  ALL`);
  for (const r of result.search) console.log(`${r.p50.toFixed(2).padStart(10)}${r.p95.toFixed(2).padStart(10)}${r.countP95.toFixed(2).padStart(11)}  search: ${r.query}`);
}
