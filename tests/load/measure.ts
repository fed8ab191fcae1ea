// One measured load run with autocannon: a warm-up (cold runs are ~2x
// slower), then the real run; with several servers the connections are
// split evenly and the results added up.
import autocannon from "autocannon";
import type { WorkloadRequest } from "./workload";

export interface LoadResult {
  name: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  /** With several servers: the worse of their p99s. */
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  /** Responses that were neither 2xx nor 304. */
  bad: number;
  statuses: Record<string, number>;
}

const WARM_UP_SECONDS = 10;

function fire(url: string, workload: WorkloadRequest[], connections: number, durationSeconds: number) {
  return autocannon({
    url,
    connections,
    duration: durationSeconds,
    // A request taking 30 s is a failure, not a slow answer. (Before lib/api/fair-turns.ts,
    // connections opened to a saturated server waited this long to be accepted.)
    timeout: 30,
    requests: workload.map((r) => ({ method: "GET" as const, path: r.path, headers: r.headers })),
  });
}

/** Warms up, then loads `urls` with `connections` in total for `durationSeconds`. */
export async function runLoad(
  name: string,
  urls: string[],
  workload: WorkloadRequest[],
  options: { connections: number; durationSeconds: number },
): Promise<LoadResult> {
  const perServer = Math.ceil(options.connections / urls.length);
  console.log(`\n${name}: warming up ${WARM_UP_SECONDS} s…`);
  await Promise.all(urls.map((url) => fire(url, workload, Math.min(50, perServer), WARM_UP_SECONDS)));
  console.log(`${name}: ${options.connections} connections for ${options.durationSeconds} s…`);
  const runs = await Promise.all(urls.map((url) => fire(url, workload, perServer, options.durationSeconds)));

  const statuses: Record<string, number> = {};
  for (const run of runs)
    for (const [code, { count = 0 }] of Object.entries(run.statusCodeStats ?? {})) statuses[code] = (statuses[code] ?? 0) + count;
  const bad = Object.entries(statuses)
    .filter(([code]) => !(code.startsWith("2") || code === "304"))
    .reduce((sum, [, count]) => sum + count, 0);
  const result: LoadResult = {
    name,
    requests: runs.reduce((sum, r) => sum + r.requests.total, 0),
    requestsPerSecond: runs.reduce((sum, r) => sum + r.requests.average, 0),
    p50Ms: Math.max(...runs.map((r) => r.latency.p50)),
    p99Ms: Math.max(...runs.map((r) => r.latency.p99)),
    maxMs: Math.max(...runs.map((r) => r.latency.max)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    timeouts: runs.reduce((sum, r) => sum + r.timeouts, 0),
    bad,
    statuses,
  };
  console.log(`${name}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, statuses ${JSON.stringify(statuses)}`);
  return result;
}
