// The benchmark's printout: one table, the ratios, the database timings and
// the performance targets (database p95, API vs the framework floor, page p95), each marked met or MISSED.
import type { LoadResult } from "./load";
import { QUERY_MIX, PAGE_MIX } from "./query-mix";
import { DIST_DIR } from "./setup";
import type { Percentiles } from "./stats";

interface DbPart {
  all: Percentiles;
  countAll: Percentiles;
  facetAll: Percentiles;
  perQuery: Array<Percentiles & { query: string; countP95: number; facetP95: number }>;
}
export interface DbTimings extends DbPart {
  /** The filters and sort added after the mix was fixed, timed apart. */
  newFilters: DbPart;
  /** Text searches, timed apart from the mix (tests/bench/query-mix.ts SEARCH_MIX). */
  search: Array<Percentiles & { query: string; countP95: number }>;
}

export const TARGETS = { dbP95Ms: 5, apiToFloor: 0.8, pageP95Ms: 150 };

interface Report {
  heading: { provider: string; count: number; seed: number; started: Date; loadBefore: number; loadAfter: number; rounds: number; warmupS: number; durationS: number; connections: number; pageConnections: number };
  results: Record<"api" | "mcp" | "apiMiss" | "floor" | "bare" | "page", LoadResult>;
  roundRatios: number[];
  /** search_models over MCP ÷ /api/models, per round. */
  mcpRoundRatios: number[];
  missPathCount: number;
  db: DbTimings;
}

export function printReport({ heading: h, results: r, roundRatios, mcpRoundRatios, missPathCount, db }: Report): void {
  const ms = (x: number) => x.toFixed(1).padStart(7);
  const row = (name: string, x: LoadResult, connections: number) =>
    `${name.padEnd(38)}${x.requestsPerS.toFixed(0).padStart(8)}${ms(x.latencyMs.p50)}${ms(x.latencyMs.p95)}${ms(x.latencyMs.p99)}${(x.meanBytes / 1024).toFixed(1).padStart(8)}${String(connections).padStart(6)}${String(x.failures).padStart(6)}`;
  const check = (ok: boolean) => (ok ? "met" : "MISSED");
  const missShare = Math.round(100 * (1 - 256 / missPathCount));
  console.log(`\n${h.provider}, ${h.count} synthetic models (seed ${h.seed}), ${DIST_DIR}; ${h.started.toISOString()}; 1-min load average ${h.loadBefore.toFixed(2)} → ${h.loadAfter.toFixed(2)}`);
  console.log(`${h.rounds} interleaved rounds of ${h.warmupS} s warm-up + ${h.durationS} s per target (req/s: median round; latency: all rounds); no If-None-Match sent, so every answer is a full 200\n`);
  console.log(`${"target".padEnd(38)}${"req/s".padStart(8)}${"p50".padStart(7)}${"p95".padStart(7)}${"p99".padStart(7)}${"kB".padStart(8)}${"conns".padStart(6)}${"fail".padStart(6)}`);
  console.log(row(`/api/models (${QUERY_MIX.length}-query mix)`, r.api, h.connections));
  console.log(row(`search_models over MCP (same ${QUERY_MIX.length})`, r.mcp, h.connections));
  console.log(row(`/api/models (${missPathCount} pages, ~${missShare}% miss)`, r.apiMiss, h.connections));
  console.log(row("framework floor (/api/bench-floor)", r.floor, h.connections));
  console.log(row("machine limit (bare node:http)", r.bare, h.connections));
  console.log(row(`/models server-rendered (${PAGE_MIX.length}-page mix)`, r.page, h.pageConnections));
  const apiToFloor = r.api.requestsPerS / r.floor.requestsPerS;
  console.log(`\nratios: /api/models ÷ floor ${apiToFloor.toFixed(2)} (rounds: ${roundRatios.map((x) => x.toFixed(2)).join(", ")}; memo misses ÷ floor ${(r.apiMiss.requestsPerS / r.floor.requestsPerS).toFixed(2)})`);
  console.log(`        search_models over MCP ÷ /api/models ${(r.mcp.requestsPerS / r.api.requestsPerS).toFixed(2)} (rounds: ${mcpRoundRatios.map((x) => x.toFixed(2)).join(", ")})`);
  console.log(`        floor ÷ bare ${(r.floor.requestsPerS / r.bare.requestsPerS).toFixed(3)} · /api/models ÷ bare ${(r.api.requestsPerS / r.bare.requestsPerS).toFixed(3)}`);
  console.log(`database query alone (readModelsPage: page slugs + rows, counts memoised; ${db.all.count} calls): p50 ${db.all.p50.toFixed(2)} ms · p95 ${db.all.p95.toFixed(2)} ms · p99 ${db.all.p99.toFixed(2)} ms`);
  console.log(`exact count(*) of a filter the first time it is seen: p50 ${db.countAll.p50.toFixed(2)} ms · p95 ${db.countAll.p95.toFixed(2)} ms`);
  console.log(`facet counts of a filter set the first time it is seen (GET /api/facets, memoised after): p50 ${db.facetAll.p50.toFixed(2)} ms · p95 ${db.facetAll.p95.toFixed(2)} ms · ÷ count(*) p95 ${(db.facetAll.p95 / db.countAll.p95).toFixed(1)}`);
  for (const q of db.perQuery) console.log(`   page p50 ${q.p50.toFixed(2).padStart(6)}  p95 ${q.p95.toFixed(2).padStart(6)}  count p95 ${q.countP95.toFixed(2).padStart(7)}  facets p95 ${q.facetP95.toFixed(2).padStart(7)}  ${q.query}`);
  const n = db.newFilters;
  console.log(`newer filters (not in the mix above): page p95 ${n.all.p95.toFixed(2)} ms · count(*) p95 ${n.countAll.p95.toFixed(2)} ms · facets p95 ${n.facetAll.p95.toFixed(2)} ms`);
  for (const q of n.perQuery) console.log(`   page p50 ${q.p50.toFixed(2).padStart(6)}  p95 ${q.p95.toFixed(2).padStart(6)}  count p95 ${q.countP95.toFixed(2).padStart(7)}  facets p95 ${q.facetP95.toFixed(2).padStart(7)}  ${q.query}`);
  console.log(`text search (page: ranked or sorted page, search memoised; first time: index lookup + ranking + count), target page p95 ≤ ${TARGETS.dbP95Ms} ms:`);
  for (const q of db.search) console.log(`   page p50 ${q.p50.toFixed(2).padStart(6)}  p95 ${q.p95.toFixed(2).padStart(6)}  first time p95 ${q.countP95.toFixed(2).padStart(7)}  ${q.query}`);
  console.log(
    `\ntargets: database query p95 ≤ ${TARGETS.dbP95Ms} ms: ${check(db.all.p95 <= TARGETS.dbP95Ms)} · /api/models ≥ ${TARGETS.apiToFloor} × floor: ${check(apiToFloor >= TARGETS.apiToFloor)} · /models p95 ≤ ${TARGETS.pageP95Ms} ms: ${check(r.page.latencyMs.p95 <= TARGETS.pageP95Ms)}`,
  );
}
