// Compares the database's _prisma_migrations table with the migrations
// folder of its provider. Used at start-up and by /api/health.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseConfig } from "@/lib/schemas/env";
import type { Db } from "./prisma";

export interface MigrationState {
  applied: number;
  pending: string[];
  failed: string[];
  upToDate: boolean;
}

export function expectedMigrations(config: DatabaseConfig, root = process.cwd()): string[] {
  const dir = path.join(root, "prisma", config.provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export async function readMigrationState(db: Db, config: DatabaseConfig): Promise<MigrationState> {
  const expected = expectedMigrations(config);
  let rows: Array<{ migration_name: string; finished_at: unknown; rolled_back_at: unknown }> = [];
  try {
    rows = await db.$queryRawUnsafe(`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`);
  } catch (error) {
    // A brand-new database has no migrations table yet: everything is pending.
    if (!/_prisma_migrations/.test(String(error))) throw error;
  }
  const done = new Set(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name));
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null).map((r) => r.migration_name);
  const pending = expected.filter((name) => !done.has(name));
  return { applied: done.size, pending, failed, upToDate: pending.length === 0 && failed.length === 0 };
}
