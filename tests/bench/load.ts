// One load measurement with autocannon: a warm-up whose results are thrown
// away, then the measured run. Latency percentiles are computed from every
// response time (autocannon's own summary has no p95). No conditional
// headers are sent, so every answer is a full 200, never a 304.
import autocannon from "autocannon";
import { percentiles, type Percentiles } from "./stats";

export interface LoadOptions {
  baseUrl: string;
  /** Cycled in order by every connection. */
  paths: readonly string[];
  /** Instead of cycling `paths`: a path chosen per request (e.g. at random). */
  choosePath?: () => string;
  /** Instead of `paths`: whole requests (e.g. POSTs with bodies), cycled in order. */
  requests?: ReadonlyArray<{ method: "POST"; path: string; headers: Record<string, string>; body: string }>;
  connections: number;
  durationS: number;
  warmupS: number;
}

export interface LoadResult {
  requestsPerS: number;
  /** Every response time of the measured run, for pooling rounds. */
  samplesMs: number[];
  latencyMs: Percentiles;
  meanBytes: number;
  /** Non-2xx answers plus connection errors and timeouts: must be 0 for a valid run. */
  failures: number;
}

function fire(options: LoadOptions, durationS: number, onResponse?: (timeMs: number, bytes: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: durationS,
        requests: options.requests
          ? options.requests.map((r) => ({ ...r }))
          : options.choosePath
            ? [{ method: "GET" as const, setupRequest: (request: autocannon.Request) => ({ ...request, path: options.choosePath!() }) }]
            : options.paths.map((path) => ({ method: "GET" as const, path })),
      },
      (error: unknown, result: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error("autocannon failed")) : resolve(result)),
    );
    if (onResponse) instance.on("response", (_client, _status, bytes, timeMs) => onResponse(timeMs, bytes));
  });
}

/** Warms up, then measures `paths` (cycled per connection) for `durationS`. */
export async function measureLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupS > 0) await fire(options, options.warmupS);
  const timesMs: number[] = [];
  let bytes = 0;
  const result = await fire(options, options.durationS, (timeMs, b) => {
    timesMs.push(timeMs);
    bytes += b;
  });
  return {
    requestsPerS: result.requests.total / result.duration,
    samplesMs: timesMs,
    latencyMs: percentiles(timesMs),
    meanBytes: timesMs.length ? bytes / timesMs.length : 0,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Rounds of one target pooled: median throughput, latency over every sample. */
export function pooled(rounds: readonly LoadResult[]): LoadResult {
  const rates = rounds.map((r) => r.requestsPerS).sort((a, b) => a - b);
  const samplesMs = rounds.flatMap((r) => r.samplesMs);
  return {
    requestsPerS: rates[Math.floor(rates.length / 2)] ?? 0,
    samplesMs,
    latencyMs: percentiles(samplesMs),
    meanBytes: rounds.reduce((sum, r) => sum + r.meanBytes, 0) / Math.max(1, rounds.length),
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
  };
}
