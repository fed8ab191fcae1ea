// `npm run db:migration -- <name>`: writes a migration for each provider
// from the schema's difference to its migrations folder. The SQLite one is
// diffed on a scratch database; PostgreSQL needs DATABASE_URL's server
// (for its shadow database), taken from PG_MIGRATION_URL or DATABASE_URL.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl } from "@/lib/schemas/env";
import { createMigration } from "../migrate/operations";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name>   (lowercase letters, digits and underscores)");
  process.exit(2);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "migration-"));
try {
  const sqlite = parseDatabaseUrl(`file:${path.join(scratch, "scratch.db")}`);
  console.log(`sqlite: ${(await createMigration(sqlite, name)) ?? "no changes"}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const pgUrl = process.env.PG_MIGRATION_URL ?? process.env.DATABASE_URL;
if (pgUrl?.startsWith("postgres")) {
  console.log(`postgresql: ${(await createMigration(parseDatabaseUrl(pgUrl), name)) ?? "no changes"}`);
} else {
  console.warn("postgresql: skipped — set PG_MIGRATION_URL=postgresql://… (the role needs CREATEDB)");
}
