// A throwaway PostgreSQL cluster of our own, for tests that stop the
// database (the shared one on 5432 serves everyone else's tests) and for
// benchmarks that should not slow other people's runs.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const PG_ROOT = "/usr/lib/postgresql";

/** The newest installed server's bin folder, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT).filter((v) => existsSync(path.join(PG_ROOT, v, "bin", "initdb")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(PG_ROOT, versions[0], "bin") : null;
}

/**
 * A loopback port nothing listens on: `preferred` if it is free, else one the
 * system picks (by default always the latter, so parallel runs cannot collide).
 */
export async function freePort(preferred = 0): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : null));
      });
    });
  const port = (await tryListen(preferred)) ?? (await tryListen(0));
  if (port === null || port === 0) throw new Error("no free loopback port");
  return port;
}

export interface PrivatePostgres {
  port: number;
  /** URL of a database on the cluster (created by createDatabase). */
  urlFor: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  start: () => void;
  /** Stops the server: "fast" disconnects clients cleanly, "immediate" is a crash. */
  stop: (mode?: "fast" | "immediate") => void;
  destroy: () => void;
}

/**
 * initdb + start a trust-auth cluster on 127.0.0.1, on a port the system
 * reports free (another run may take it before the server binds: then it
 * tries another); run as the postgres user when we are root.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL server binaries (initdb) are not installed");
  let port = 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "pg-private-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(dir, 0o777);
    execFileSync("chown", ["postgres:postgres", dir]);
  }
  const data = path.join(dir, "data");
  const run = (tool: string, args: string[]) => {
    const cmd = [path.join(bin, tool), ...args];
    if (asRoot) execFileSync("su", ["postgres", "-c", cmd.map((a) => `'${a}'`).join(" ")], { stdio: "pipe" });
    else execFileSync(cmd[0] ?? "", cmd.slice(1), { stdio: "pipe" });
  };
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  // Sockets in the cluster's own folder; fsync off: this data is disposable.
  const options = () => `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run("pg_ctl", ["-D", data, "-o", options(), "-l", path.join(dir, "server.log"), "-w", "-t", "30", "start"]);
  const stop = (mode: "fast" | "immediate" = "fast") => run("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "30", "stop"]);
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      start();
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  const urlFor = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    urlFor,
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return urlFor(name);
    },
    start,
    stop,
    destroy: () => {
      try {
        stop("immediate");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
