// Production servers for the load test and the fuzzer: build once into
// our own dist dir, prepare a database, start `next start` in its own
// process group and stop the whole group (next start leaves next-server
// behind otherwise).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDatabaseUrl } from "@/lib/schemas/env";
import { setupDatabase } from "@/prisma/scripts/setup-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT = path.join(ROOT, "node_modules/.bin/next");

/** `next build` into distDir; tsconfig.json is restored (Next adds the dist dir's types to it). */
export function buildApp(distDir: string): void {
  const tsconfig = readFileSync(path.join(ROOT, "tsconfig.json"), "utf8");
  console.log(`Building the app into ${distDir} (pass --no-build to reuse it)…`);
  const started = Date.now();
  const build = spawnSync(NEXT, ["build"], { cwd: ROOT, env: { ...process.env, NEXT_DIST_DIR: distDir }, stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync(path.join(ROOT, "tsconfig.json"), tsconfig);
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/** Migrates and loads the catalogue (or CATALOGUE_DIR's) into databaseUrl. */
export async function prepareDatabase(databaseUrl: string, catalogueDir?: string): Promise<void> {
  const config = parseDatabaseUrl(databaseUrl, ROOT);
  if (config.provider === "sqlite") mkdirSync(path.dirname(config.filePath), { recursive: true });
  await setupDatabase(config, catalogueDir);
}

export interface Server {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
  /** The server's stderr so far (last 64 kB): where unhandled API errors are logged. */
  stderr: () => string;
}

/** Starts `next start` on port against databaseUrl and waits until /api/health is 200. */
export async function startServer(options: { port: number; databaseUrl: string; distDir: string; env?: Record<string, string> }): Promise<Server> {
  const child = spawn(NEXT, ["start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: options.databaseUrl, NEXT_DIST_DIR: options.distDir, ...options.env },
    detached: true, // its own process group, so stop() reaches next-server too
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-64_000)));
  const url = `http://127.0.0.1:${options.port}`;
  let exited = false;
  child.once("exit", () => (exited = true));
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (!exited) process.kill(-child.pid, "SIGKILL");
  };
  activeServers.add(stop);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`next start on ${options.port} exited:\n${stderr.slice(-4000)}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { url, process: child, stop, stderr: () => stderr };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`next start on ${options.port} did not become healthy in 60 s:\n${stderr.slice(-4000)}`);
}

const activeServers = new Set<() => Promise<void>>();

/** Stops every server this process started; call on exit and on Ctrl-C. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...activeServers].map((stop) => stop()));
  activeServers.clear();
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    void stopAllServers().finally(() => process.exit(130));
  });

/** Reads `--name value` / `--flag` command-line options. */
export function cliOption(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  return value === undefined || value.startsWith("--") ? "true" : value;
}
