// The migration operations the project's commands and tests use.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseConfig } from "@/lib/schemas/env";
import { migrationsDir, openSchemaEngine, readMigrationsList, schemaFiles, schemaFilters } from "./engine";

type Engine = Awaited<ReturnType<typeof openSchemaEngine>>;

async function withEngine<T>(db: DatabaseConfig, run: (e: Engine) => Promise<T>): Promise<T> {
  const e = await openSchemaEngine(db);
  try {
    return await run(e);
  } catch (error) {
    throw e.explain(error);
  } finally {
    await e.close();
  }
}

function ensureLockfile(db: DatabaseConfig) {
  // NOTE: the engine cannot pick a connector for an empty folder without it.
  const dir = migrationsDir(db);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, "migration_lock.toml"),
    `# Written by prisma/migrate; keep it in version control.\nprovider = "${db.provider}"\n`,
  );
}

/** Applies every pending migration; returns the names applied now. */
export function applyMigrations(db: DatabaseConfig): Promise<string[]> {
  return withEngine(db, async ({ engine }) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrationsList(db), filters: schemaFilters(db) });
    return out.appliedMigrationNames;
  });
}

/**
 * Writes a new migration: the SQL from the migrations folder's end state to
 * the schema. NOTE: the engine's own createMigration refuses an adapter
 * shadow database on SQLite, so this uses `diff`, which replays the folder.
 */
export async function createMigration(db: DatabaseConfig, name: string, now = new Date()): Promise<string | null> {
  ensureLockfile(db);
  const script = await diffMigrationsToSchema(db);
  if (script === "") return null;
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const dirName = `${stamp}_${name}`;
  const dir = path.join(migrationsDir(db), dirName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), `${script}\n`);
  return dirName;
}

/** SQL that would bring the migrations up to the schema: empty when in sync. */
export function diffMigrationsToSchema(db: DatabaseConfig): Promise<string> {
  return withEngine(db, async ({ engine }) => {
    const out = await engine.diff({
      from: { tag: "migrations", ...readMigrationsList(db) },
      to: { tag: "schemaDatamodel", ...schemaFiles(db) },
      script: true,
      exitCode: null,
      filters: schemaFilters(db),
    });
    return (out.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  });
}
