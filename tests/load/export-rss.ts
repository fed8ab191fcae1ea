// Peak memory of the production server while it exports 100,000 models as
// CSV: the export must stream (batches pulled as the client reads), not
// build the whole file in memory. Sums RSS over the server's process group,
// sampled every 50 ms, for a fast reader and for a slow one (backpressure).
// Standalone: npx tsx tests/load/export-rss.ts [--count 100000] [--no-build]
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl } from "@/lib/schemas/env";
import { applyMigrations } from "@/prisma/migrate/operations";
import { buildApp, cliOption, startServer, stopAllServers } from "./server";

export interface ExportRss {
  rows: number;
  bytes: number;
  seconds: number;
  baselineMb: number;
  peakMb: number;
  slowReaderPeakMb: number;
  /** Peak with the V8 heap capped at HEAP_CAP_MB: only possible if rows are not all held at once. */
  cappedPeakMb: number;
}

/** Far below what 100,000 model objects or an 18 MB string plus its rows would need. */
export const HEAP_CAP_MB = 96;

/** Resident memory of every process in the group, in MB. */
function groupRssMb(pgid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  return out.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024;
}

async function exportWhileSampling(url: string, pgid: number, delayPerChunkMs: number) {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, groupRssMb(pgid))), 50);
  const started = Date.now();
  let bytes = 0;
  let rows = 0;
  try {
    // Sorted by MMLU, most of which is unknown: the "unknowns last" order is the one that once
    // made each batch re-read every remaining row (1.7 GB); name order never showed it.
    const response = await fetch(`${url}/api/models?format=csv&sort=-mmlu`);
    if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) rows++;
      if (delayPerChunkMs) await new Promise((resolve) => setTimeout(resolve, delayPerChunkMs));
    }
  } finally {
    clearInterval(timer);
  }
  return { peak: Math.max(peak, groupRssMb(pgid)), bytes, rows: rows - 1, seconds: (Date.now() - started) / 1000 };
}

/** Builds a database of `count` synthetic models plus the catalogue, serves it, and measures the export. */
export async function measureExportRss(options: { distDir: string; port: number; count: number }): Promise<ExportRss> {
  // Reused across runs (generating 100,000 rows takes ~30 s) until the migrations change.
  const migrations = readdirSync(path.resolve(import.meta.dirname, "../../prisma/sqlite/migrations")).join();
  const version = createHash("sha1").update(migrations).digest("hex").slice(0, 8);
  const databaseUrl = `file:${path.join(os.tmpdir(), `export-rss-${options.count}-${version}.db`)}`;
  console.log(`Export RSS: preparing ${options.count} synthetic models (prisma/scripts/synthetic.ts; a rerun reuses them)…`);
  const synthetic = spawnSync("npx", ["tsx", "prisma/scripts/synthetic.ts", "--count", String(options.count)], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (synthetic.status !== 0) throw new Error("synthetic data generation failed");
  // A reused database may predate the newest migration (synthetic.ts skips work it has done).
  await applyMigrations(parseDatabaseUrl(databaseUrl));
  const measure = async (env: Record<string, string>, slowToo: boolean) => {
    const server = await startServer({ port: options.port, databaseUrl, distDir: options.distDir, env });
    try {
      const pgid = server.process.pid ?? 0;
      await fetch(`${server.url}/api/models?format=csv&q=warm`).then((r) => r.text()); // load the route's code first
      const total = ((await (await fetch(`${server.url}/api/models?pageSize=1`)).json()) as { total: number }).total;
      const baselineMb = groupRssMb(pgid);
      const fast = await exportWhileSampling(server.url, pgid, 0);
      const slow = slowToo ? await exportWhileSampling(server.url, pgid, 40) : null;
      return { baselineMb, fast, slow, total };
    } catch (error) {
      throw new Error(`export failed (${JSON.stringify(env)}): ${String(error)}\nserver stderr:\n${server.stderr().slice(-3000)}`);
    } finally {
      await server.stop();
    }
  };
  const normal = await measure({}, true);
  const capped = await measure({ NODE_OPTIONS: `--max-old-space-size=${HEAP_CAP_MB}` }, false);
  const result: ExportRss = {
    rows: normal.fast.rows,
    bytes: normal.fast.bytes,
    seconds: normal.fast.seconds,
    baselineMb: normal.baselineMb,
    peakMb: normal.fast.peak,
    slowReaderPeakMb: normal.slow?.peak ?? 0,
    cappedPeakMb: capped.fast.peak,
  };
  console.log(
    `Export of ${result.rows} rows (${(result.bytes / 1e6).toFixed(1)} MB CSV) in ${result.seconds.toFixed(1)} s: server RSS ` +
      `${result.baselineMb.toFixed(0)} MB before, peak ${result.peakMb.toFixed(0)} MB (fast reader), ${result.slowReaderPeakMb.toFixed(0)} MB ` +
      `(slow reader, ${normal.slow?.seconds.toFixed(0)} s); with the heap capped at ${HEAP_CAP_MB} MB: all ${capped.fast.rows} rows, peak ${result.cappedPeakMb.toFixed(0)} MB.`,
  );
  const expected = normal.total;
  if (normal.fast.rows !== expected || capped.fast.rows !== expected) throw new Error(`expected ${expected} rows, got ${normal.fast.rows} and ${capped.fast.rows}`);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-loadtest";
  try {
    if (cliOption("no-build") === undefined) buildApp(distDir);
    await measureExportRss({ distDir, port: 3247, count: Number(cliOption("count") ?? 100_000) });
  } finally {
    await stopAllServers();
  }
}
