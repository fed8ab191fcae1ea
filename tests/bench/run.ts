// `npm run bench -- [--db sqlite|postgresql] [--count 100000] [--duration 10] [--rounds 3] [--skip-build] [--skip-check] [--pin]`
// One run, one machine state: the database query alone, then /api/models
// under load next to the framework's floor (the same server answering the
// same JSON bodies without the database) and the machine's limit (bare
// node:http), in interleaved rounds so a passing load spike hits all alike,
// then the server-rendered /models page. Prints ratios against the targets,
// and search_models over MCP (the same mix as tool calls) against /api/models.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureLoad, pooled, type LoadOptions, type LoadResult } from "./load";
import { capture, run, startGroup, waitForHttp } from "./processes";
import { FILTERED_MIX, PAGE_MIX, QUERY_MIX, RECOMMEND_MIX, mcpSearchRequests, missPaths } from "./query-mix";
import { printReport, type DbTimings } from "./report";
import { COMMON_OPTIONS, buildApp, commonOptions, pinLoadGenerator, prepareDatabase, serverCommand, startApp } from "./setup";

const { values } = parseArgs({
  options: {
    ...COMMON_OPTIONS,
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    "page-connections": { type: "string", default: "1" },
    "db-iterations": { type: "string", default: "50" },
    "skip-check": { type: "boolean", default: false },
  },
});
const { provider, count, seed, port } = commonOptions(values);
const load = { durationS: Number(values.duration), warmupS: Number(values.warmup), connections: Number(values.connections) };
const rounds = Number(values.rounds);

const databaseUrl = await prepareDatabase(provider, count, seed);
// Measure nothing that answers wrongly: the paging must match the plain query first.
if (!values["skip-check"]) await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/bench/check-order.ts"], { ...process.env, DATABASE_URL: databaseUrl });
const dbArgs = ["--conditions=react-server", "--import", "tsx", "tests/bench/db-query.ts", "--json", "--iterations", values["db-iterations"]];
const db = JSON.parse(await capture(process.execPath, dbArgs, { ...process.env, DATABASE_URL: databaseUrl })) as DbTimings;
await buildApp(values["skip-build"]);

await pinLoadGenerator(values.pin);
const work = mkdtempSync(path.join(tmpdir(), "bench-"));
const floorFile = path.join(work, "floor.json");
const app = await startApp(port, databaseUrl, { BENCH_FLOOR_FILE: floorFile });
let stopBare = async () => {};
const started = new Date();
const loadBefore = loadavg()[0] ?? 0;
try {
  // The floors answer the mix's own answers, saved: the same bytes, no database.
  const apiPaths = QUERY_MIX.map((q) => `/api/models${q ? `?${q}` : ""}`);
  const bodies: unknown[] = [];
  for (const p of apiPaths) {
    const response = await fetch(`${app.baseUrl}${p}`);
    if (!response.ok) throw new Error(`${p} answered ${response.status}`);
    bodies.push(await response.json());
  }
  writeFileSync(floorFile, JSON.stringify(bodies));
  // search_models over MCP must answer the same rows before it is timed.
  const mcpRequests = mcpSearchRequests();
  for (const [i, r] of mcpRequests.entries()) {
    const response = await fetch(`${app.baseUrl}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
    const answer = (await response.json()) as { result?: { structuredContent?: unknown; isError?: boolean } };
    if (!response.ok || answer.result?.isError || JSON.stringify(answer.result?.structuredContent) !== JSON.stringify(bodies[i]))
      throw new Error(`search_models over MCP does not answer what ${apiPaths[i]} does`);
  }
  const bare = startGroup(...serverCommand(process.execPath, ["--import", "tsx", "tests/bench/bare-server.ts", String(port + 1), floorFile]), process.env);
  stopBare = bare.stop;
  await waitForHttp(`http://127.0.0.1:${port + 1}/`, 10_000, bare.child);
  const floorPaths = (prefix: string) => apiPaths.map((_, i) => `${prefix}?i=${i}`);

  const targets: Record<"api" | "mcp" | "apiMiss" | "floor" | "bare", LoadOptions> = {
    api: { ...load, baseUrl: app.baseUrl, paths: apiPaths },
    mcp: { ...load, baseUrl: app.baseUrl, paths: [], requests: mcpRequests },
    apiMiss: { ...load, baseUrl: app.baseUrl, paths: [], choosePath: seededPick(missPaths(), seed) },
    floor: { ...load, baseUrl: app.baseUrl, paths: floorPaths("/api/bench-floor") },
    bare: { ...load, baseUrl: `http://127.0.0.1:${port + 1}`, paths: floorPaths("/") },
  };
  const byTarget = { api: [], mcp: [], apiMiss: [], floor: [], bare: [] } as Record<keyof typeof targets, LoadResult[]>;
  for (let round = 0; round < rounds; round++)
    for (const name of Object.keys(targets) as Array<keyof typeof targets>) byTarget[name].push(await measureLoad(targets[name]));
  const page = await measureLoad({
    ...load,
    connections: Number(values["page-connections"]),
    baseUrl: app.baseUrl,
    paths: PAGE_MIX.map((q) => `/models${q ? `?${q}` : ""}`),
  });
  // /api/recommend against filtered /api/models pages, interleaved the same way (target: within 2× latency).
  const recommendRounds: Array<{ recommend: LoadResult; filtered: LoadResult }> = [];
  for (let round = 0; round < rounds; round++)
    recommendRounds.push({
      recommend: await measureLoad({ ...load, baseUrl: app.baseUrl, paths: RECOMMEND_MIX.map((q) => `/api/recommend?${q}`) }),
      filtered: await measureLoad({ ...load, baseUrl: app.baseUrl, paths: FILTERED_MIX.map((q) => `/api/models?${q}`) }),
    });
  const recommend = pooled(recommendRounds.map((r) => r.recommend));
  const filtered = pooled(recommendRounds.map((r) => r.filtered));
  const results = { api: pooled(byTarget.api), mcp: pooled(byTarget.mcp), apiMiss: pooled(byTarget.apiMiss), floor: pooled(byTarget.floor), bare: pooled(byTarget.bare), page };
  const roundRatios = byTarget.api.map((r, i) => r.requestsPerS / (byTarget.floor[i]?.requestsPerS ?? Number.NaN));
  const mcpRoundRatios = byTarget.mcp.map((r, i) => r.requestsPerS / (byTarget.api[i]?.requestsPerS ?? Number.NaN));
  printReport({
    heading: { provider, count, seed, started, loadBefore, loadAfter: loadavg()[0] ?? 0, rounds, ...load, pageConnections: Number(values["page-connections"]) },
    results,
    roundRatios,
    mcpRoundRatios,
    missPathCount: missPaths().length,
    db,
  });
  console.log(
    `\n/api/recommend vs filtered /api/models (target ≤ 2× latency): p50 ${recommend.latencyMs.p50.toFixed(1)} vs ${filtered.latencyMs.p50.toFixed(1)} ms (${(recommend.latencyMs.p50 / filtered.latencyMs.p50).toFixed(2)}×), p99 ${recommend.latencyMs.p99.toFixed(1)} vs ${filtered.latencyMs.p99.toFixed(1)} ms (${(recommend.latencyMs.p99 / filtered.latencyMs.p99).toFixed(2)}×); ${recommend.requestsPerS.toFixed(0)} vs ${filtered.requestsPerS.toFixed(0)} req/s`,
  );
  if (recommend.failures > 0 || filtered.failures > 0) throw new Error("non-2xx answers or errors in the recommend comparison — the run is not valid");
  const failed = Object.entries(results).filter(([, r]) => r.failures > 0);
  if (failed.length) throw new Error(`non-2xx answers or errors in: ${failed.map(([name]) => name).join(", ")} — the run is not valid`);
} finally {
  await Promise.all([app.stop(), stopBare()]);
  rmSync(work, { recursive: true, force: true });
}

/** A seeded uniform pick from `paths` (mulberry32), so runs replay the same sequence. */
function seededPick(paths: string[], seedValue: number): () => string {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return paths[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * paths.length)] ?? paths[0]!;
  };
}
