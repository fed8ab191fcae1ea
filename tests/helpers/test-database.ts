// A fresh, migrated database of either provider, for tests that need one.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl, type DatabaseConfig } from "@/lib/schemas/env";
import { applyMigrations } from "@/prisma/migrate/operations";
import { createPostgresDatabase } from "./postgres";

export type Provider = "sqlite" | "postgresql";

export async function createTestDatabase(provider: Provider, prefix = "test"): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    return {
      config: parseDatabaseUrl(`file:${path.join(dir, "test.db")}`),
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const { url, drop } = await createPostgresDatabase(prefix);
  return { config: parseDatabaseUrl(url), drop };
}

export async function createMigratedDatabase(provider: Provider, prefix?: string) {
  const database = await createTestDatabase(provider, prefix);
  await applyMigrations(database.config);
  return database;
}
