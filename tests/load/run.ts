// `npm run loadtest`: 200 connections for 60 s on the mixed workload against
// the production server, on SQLite and on PostgreSQL (a private cluster, so
// other people's tests keep the shared one), then two `next start`
// instances on one PostgreSQL: same answers from both, and the load split
// across them. Fails (exit 1) on any error, timeout or status outside
// 2xx/304. Last, peak server memory while exporting 100,000 rows as CSV
// (tests/load/export-rss.ts). Options: --duration 60 --connections 200
// --no-build --only sqlite|postgresql --rss-count 100000 --no-rss
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startPrivatePostgres } from "../helpers/private-postgres";
import { checkConsistency } from "./consistency";
import { HEAP_CAP_MB, measureExportRss, type ExportRss } from "./export-rss";
import { runLoad, type LoadResult } from "./measure";
import { buildApp, cliOption, prepareDatabase, startServer, stopAllServers, type Server } from "./server";
import { buildWorkload } from "./workload";

const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-loadtest";
const PORTS = [3243, 3244] as const;
const durationSeconds = Number(cliOption("duration") ?? 60);
const connections = Number(cliOption("connections") ?? 200);
const only = cliOption("only");

/** What the servers logged on stderr during a run (unhandled errors behind any 500). */
function reportServerErrors(name: string, servers: Server[], from: number[] = []) {
  const text = servers.map((s, i) => s.stderr().slice(from[i] ?? 0)).join("\n").trim();
  if (text) console.log(`${name}: server stderr (last lines):\n${text.split("\n").slice(-15).join("\n")}`);
}

async function sqliteRun(): Promise<LoadResult> {
  const databaseUrl = `file:${path.join(os.tmpdir(), `loadtest-${process.pid}.db`)}`;
  await prepareDatabase(databaseUrl);
  const server = await startServer({ port: PORTS[0], databaseUrl, distDir: DIST_DIR });
  try {
    const workload = await buildWorkload(server.url);
    const result = await runLoad("SQLite, 1 instance", [server.url], workload, { connections, durationSeconds });
    reportServerErrors(result.name, [server]);
    return result;
  } finally {
    await server.stop();
  }
}

async function postgresRuns(): Promise<LoadResult[]> {
  const cluster = await startPrivatePostgres();
  try {
    const databaseUrl = await cluster.createDatabase("loadtest");
    await prepareDatabase(databaseUrl);
    const servers = await Promise.all(PORTS.map((port) => startServer({ port, databaseUrl, distDir: DIST_DIR })));
    const urls = servers.map((s) => s.url);
    const workload = await buildWorkload(urls[0] ?? "");
    await checkConsistency(urls, workload);
    const one = await runLoad("PostgreSQL, 1 instance", urls.slice(0, 1), workload, { connections, durationSeconds });
    reportServerErrors(one.name, servers.slice(0, 1));
    const marks = servers.map((s) => s.stderr().length);
    const two = await runLoad("PostgreSQL, 2 instances", urls, workload, { connections, durationSeconds });
    reportServerErrors(two.name, servers, marks);
    await checkConsistency(urls, workload); // still the same answers after the load
    return [one, two];
  } finally {
    await stopAllServers();
    cluster.destroy();
  }
}

try {
  if (cliOption("no-build") === undefined) buildApp(DIST_DIR);
  const results: LoadResult[] = [];
  if (only !== "postgresql") results.push(await sqliteRun());
  if (only !== "sqlite") results.push(...(await postgresRuns()));
  let rss: ExportRss | null = null;
  if (cliOption("no-rss") === undefined) {
    try {
      rss = await measureExportRss({ distDir: DIST_DIR, port: PORTS[0], count: Number(cliOption("rss-count") ?? 100_000) });
    } catch (error) {
      console.error(`Export RSS measurement failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }

  console.log(`\n${connections} connections, ${durationSeconds} s each, after a 10 s warm-up; mixed workload (tests/load/workload.ts)\n`);
  console.log("| run | requests | req/s | p50 ms | p99 ms | max ms | errors | timeouts | not 2xx/304 | statuses |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results)
    console.log(`| ${r.name} | ${r.requests} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms} | ${r.p99Ms} | ${r.maxMs} | ${r.errors} | ${r.timeouts} | ${r.bad} | ${JSON.stringify(r.statuses)} |`);

  const artifacts = path.resolve(import.meta.dirname, "../.artifacts");
  mkdirSync(artifacts, { recursive: true });
  if (rss)
    console.log(
      `\nExport of ${rss.rows} rows as CSV, sorted by -mmlu (${(rss.bytes / 1e6).toFixed(1)} MB): server RSS ${rss.baselineMb.toFixed(0)} MB idle, ` +
        `peak ${rss.peakMb.toFixed(0)} MB; slow reader ${rss.slowReaderPeakMb.toFixed(0)} MB; V8 heap capped at ${HEAP_CAP_MB} MB: ${rss.cappedPeakMb.toFixed(0)} MB.`,
    );
  writeFileSync(path.join(artifacts, "loadtest.json"), JSON.stringify({ connections, durationSeconds, results, exportRss: rss }, null, 2));
  const failed = results.filter((r) => r.errors + r.timeouts + r.bad > 0);
  if (failed.length > 0) {
    console.error(`\nFAILED: errors, timeouts or bad statuses in: ${failed.map((r) => r.name).join(", ")}`);
    process.exitCode = 1;
  } else console.log("\nLoad test passed: no errors, no timeouts, every status 2xx or 304.");
} catch (error) {
  console.error(`Load test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopAllServers();
}
