// `npm start`: prepares the database (migrations + catalogue, idempotent),
// builds the app on first run, then serves it on $PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readEnv } from "@/lib/schemas/env";
import { CatalogueError } from "./read-catalogue";
import { setupDatabase } from "./setup-database";

const next = "node_modules/.bin/next";

let port: number;
try {
  const env = readEnv();
  port = env.PORT;
  const config = env.DATABASE_URL;
  const { applied, load } = await setupDatabase(config);
  console.log(`Database ready (${config.provider}): ${applied.length} migration(s) applied; catalogue ${load.status} (${load.models} models; ${load.changes} change(s) recorded in the feed).`);
} catch (error) {
  console.error(error instanceof CatalogueError ? error.message : `Cannot start: ${(error as Error).message}`);
  process.exit(1);
}

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: running `next build` (once; `npm run build` rebuilds).");
  const build = spawnSync(next, ["build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(next, ["start", "-p", String(port)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
