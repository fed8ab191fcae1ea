// `npm run fuzz`: property-based fuzzing of the API over HTTP against the
// production server (its own build and port), on SQLite and then on
// PostgreSQL (a private cluster). Fires --cases (default 10,000) fast-check
// cases per database, split over --concurrency parallel runs with
// consecutive seeds, and fails on any response that breaks the contract in
// tests/fuzz/oracle.ts. Options: --cases --seed --concurrency --only sqlite|postgresql --no-build
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { fuzzRequest, type FuzzRequest } from "./arbitraries";
import { checkResponse } from "./oracle";
import { startPrivatePostgres } from "../helpers/private-postgres";
import { buildApp, cliOption, prepareDatabase, startServer, stopAllServers } from "../load/server";

const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-fuzz";
const PORT = Number(process.env.FUZZ_PORT ?? 3245);
const cases = Number(cliOption("cases") ?? 10_000);
const concurrency = Number(cliOption("concurrency") ?? 4);
const seed = Number(cliOption("seed") ?? Date.now() % 1_000_000);

const tally = new Map<string, number>();
let slowestMs = 0;

async function send(baseUrl: string, request: FuzzRequest) {
  const started = performance.now();
  const post = request.body !== undefined ? { method: "POST", body: request.body } : {};
  const headers: Record<string, string> = request.body !== undefined ? { "Content-Type": "application/json", Accept: "application/json, text/event-stream" } : {};
  if (request.ifNoneMatch) headers["If-None-Match"] = request.ifNoneMatch;
  const response = await fetch(`${baseUrl}${request.path}`, {
    ...post,
    headers,
    signal: AbortSignal.timeout(10_000), // a hang is a failure too
    redirect: "manual",
  });
  const text = await response.text();
  slowestMs = Math.max(slowestMs, performance.now() - started);
  const key = `${request.endpoint} ${response.status}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
  return { status: response.status, headers: response.headers, text };
}

/** Runs the cases against a fresh server on databaseUrl; returns cases run and failures. */
async function fuzzServer(label: string, databaseUrl: string) {
  await prepareDatabase(databaseUrl);
  const server = await startServer({ port: PORT, databaseUrl, distDir: DIST_DIR });
  try {
    const slugs = ((await (await fetch(`${server.url}/api/models?pageSize=100`)).json()) as { items: Array<{ slug: string }> }).items.map((m) => m.slug);
    console.log(`${label}: ${cases} cases against ${server.url}, ${concurrency} parallel runs, seeds ${seed}…${seed + concurrency - 1}`);
    const started = Date.now();
    const runs = await Promise.all(
      Array.from({ length: concurrency }, (_, i) =>
        fc.check(
          fc.asyncProperty(fuzzRequest(slugs), async (request) => {
            const problems = checkResponse(request, await send(server.url, request), { overHttp: true });
            if (problems.length > 0) throw new Error(problems.join("; "));
          }),
          { numRuns: Math.ceil(cases / concurrency), seed: seed + i },
        ),
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    const run = runs.reduce((sum, r) => sum + r.numRuns, 0);
    const failed = runs.filter((r) => r.failed);
    console.log(`${label}: ${run} cases in ${seconds.toFixed(0)} s (${(run / seconds).toFixed(0)}/s); failures: ${failed.length}`);
    for (const r of failed)
      console.error(`FAILED on ${label} (seed ${r.seed}, path ${r.counterexamplePath}): ${JSON.stringify(r.counterexample)}\n  ${r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance)}`);
    return { label, cases: run, failures: failed.length, seconds };
  } finally {
    await server.stop();
  }
}

const only = cliOption("only");
try {
  if (cliOption("no-build") === undefined) buildApp(DIST_DIR);
  const results = [];
  if (only !== "postgresql") results.push(await fuzzServer("SQLite", `file:${path.join(os.tmpdir(), `fuzz-${process.pid}.db`)}`));
  if (only !== "sqlite") {
    const cluster = await startPrivatePostgres();
    try {
      results.push(await fuzzServer("PostgreSQL", await cluster.createDatabase("fuzz")));
    } finally {
      cluster.destroy();
    }
  }
  const total = results.reduce((sum, r) => sum + r.cases, 0);
  const failures = results.reduce((sum, r) => sum + r.failures, 0);
  console.log(`\nTotal: ${total} cases, ${failures} failures; slowest response ${slowestMs.toFixed(0)} ms.`);
  console.log("Responses by endpoint and status (shrinking adds a few):");
  for (const [key, count] of [...tally].sort()) console.log(`  ${key}: ${count}`);

  const artifacts = path.resolve(import.meta.dirname, "../.artifacts");
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(path.join(artifacts, "fuzz.json"), JSON.stringify({ seed, concurrency, results, slowestMs, tally: Object.fromEntries(tally) }, null, 2));
  if (failures > 0) process.exitCode = 1;
} catch (error) {
  console.error(`Fuzzing failed to run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopAllServers();
}
