// `npm test`: every check, in order, stopping at the first failure —
// lint, typecheck, catalogue validation, unit, API on SQLite and on
// PostgreSQL, production build, browser tests.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { PG_TEST_URL } from "./helpers/postgres";

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const steps: Array<[string, string[]]> = [
  ["lint", ["npx", "eslint", "--max-warnings", "0", "."]],
  ["typecheck", ["npx", "tsc", "--noEmit"]],
  ["catalogue", ["npx", "tsx", "prisma/scripts/validate.ts"]],
  ["unit", ["npx", "vitest", "run", "--project", "unit"]],
  ["api (sqlite)", ["npx", "vitest", "run", "--project", "api-sqlite"]],
  ["api (postgresql)", ["npx", "vitest", "run", "--project", "api-postgresql"]],
  ["build", ["npx", "next", "build"]],
  ["e2e", ["npx", "playwright", "test"]],
  ["e2e (hostile data)", ["npx", "playwright", "test", "-c", "playwright.hostile.config.ts"]],
];

if (!(await postgresReachable())) {
  if (process.env.PG_TEST_URL) {
    console.error(`PostgreSQL is not reachable at PG_TEST_URL (${PG_TEST_URL}).`);
    process.exit(1);
  }
  console.log("PostgreSQL not running: starting the local cluster (.ci/postgres.sh)…");
  const started = spawnSync("bash", [".ci/postgres.sh"], { stdio: "inherit" });
  if (started.status !== 0 || !(await postgresReachable())) {
    console.error("Could not start PostgreSQL; set PG_TEST_URL to a server whose role has CREATEDB.");
    process.exit(1);
  }
}

const timings: string[] = [];
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd ?? "", args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1" } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${result.status === 0 ? "ok" : "FAILED"} (${seconds}s)`);
  if (result.status !== 0) {
    console.error(`\n${timings.join("\n")}\n\nnpm test failed at: ${name}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n${timings.join("\n")}\n\nAll checks passed.`);
