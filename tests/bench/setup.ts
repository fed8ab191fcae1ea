// What every benchmark command shares: its options, the benchmark database
// (made by `npm run db:synthetic`), the production build in its own dist
// dir, and `next start` in its own process group.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import pg from "pg";
import { capture, run, startGroup, waitForHttp, type Started } from "./processes";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";
const PG_BASE = process.env.BENCH_PG_URL ?? "postgresql://catalogue:catalogue@127.0.0.1:5432/catalogue_test";

export type Provider = "sqlite" | "postgresql";

export const COMMON_OPTIONS = {
  db: { type: "string", default: "sqlite" },
  count: { type: "string", default: "100000" },
  seed: { type: "string", default: "1" },
  port: { type: "string", default: "3251" },
  "skip-build": { type: "boolean", default: false },
  // Servers on CPU 0, this process (the load generator) on the others: on a small machine the two
  // otherwise take turns on the same cores, and the ratios measure the scheduler as much as the server.
  pin: { type: "boolean", default: false },
} as const;

/** The shared options' values, checked. */
export function commonOptions(values: { db: string; count: string; seed: string; port: string }) {
  if (values.db !== "sqlite" && values.db !== "postgresql") throw new Error(`--db must be sqlite or postgresql, got ${values.db}`);
  const numbers = { count: Number(values.count), seed: Number(values.seed), port: Number(values.port) };
  for (const [name, value] of Object.entries(numbers)) if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer`);
  const provider: Provider = values.db;
  return { provider, ...numbers };
}

const label = (count: number) => (count % 1000 === 0 && count > 0 ? `${count / 1000}k` : String(count));

/** The benchmark database's URL: its own SQLite file or PostgreSQL database per size. */
export function benchDatabaseUrl(provider: Provider, count: number): string {
  if (provider === "sqlite") return `file:./data/bench-${label(count)}.db`;
  const url = new URL(PG_BASE);
  // BENCH_PG_DATABASE: another name, e.g. for a branch whose migrations must not reach the shared bench database.
  url.pathname = `/${process.env.BENCH_PG_DATABASE ?? `bench_${label(count)}`}`;
  return url.toString();
}

/** Creates (PostgreSQL) and fills the benchmark database; a no-op when it is already filled. */
export async function prepareDatabase(provider: Provider, count: number, seed: number): Promise<string> {
  const databaseUrl = benchDatabaseUrl(provider, count);
  // A fresh clone has no data/ folder until `npm start` makes one; SQLite cannot create it.
  if (provider === "sqlite") mkdirSync(path.join(ROOT, "data"), { recursive: true });
  if (provider === "postgresql") {
    const name = new URL(databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: PG_BASE });
    await admin.connect();
    try {
      const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
  }
  await run("npx", ["tsx", "prisma/scripts/synthetic.ts", "--count", String(count), "--seed", String(seed)], { ...process.env, DATABASE_URL: databaseUrl });
  return databaseUrl;
}

/** `next build` into the benchmark's own dist dir (skipped with --skip-build when one exists). */
export async function buildApp(skip: boolean): Promise<void> {
  if (skip && existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) return;
  console.log(`Building into ${DIST_DIR} …`);
  // NOTE: next build adds its dist dir's types to tsconfig.json; a benchmark must not edit shared files.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    await capture("npx", ["next", "build"], { ...process.env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production" });
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

const cpus = availableParallelism();
let pinned = false;

/** With --pin: this process to every CPU but 0 (servers started after get CPU 0). Needs taskset and 2+ CPUs. */
export async function pinLoadGenerator(pin: boolean): Promise<void> {
  if (!pin) return;
  if (cpus < 2) throw new Error("--pin needs at least 2 CPUs");
  await capture("taskset", ["-cp", `1-${cpus - 1}`, String(process.pid)]);
  pinned = true;
  console.log(`Pinned: servers on CPU 0, the load generator on CPUs 1-${cpus - 1}.`);
}

/** A server's command line: on CPU 0 when pinned (its child processes and threads inherit it). */
export function serverCommand(command: string, args: string[]): [string, string[]] {
  return pinned ? ["taskset", ["-c", "0", command, ...args]] : [command, args];
}

/** `next start` on `port` against `databaseUrl`, ready to answer. */
export async function startApp(port: number, databaseUrl: string, env: Record<string, string> = {}): Promise<Started & { baseUrl: string }> {
  const logs: string[] = [];
  const server = startGroup(
    ...serverCommand(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"]),
    { ...process.env, ...env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production" },
    (line) => logs.push(line),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/api/health`, 60_000, server.child);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n${logs.slice(-20).join("\n")}`);
  }
  return { ...server, baseUrl };
}
