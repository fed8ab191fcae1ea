// A fresh, migrated database of either provider, for tests that need one.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl, type DatabaseConfig } from "@/lib/schemas/env";
import { afterAll, beforeAll } from "vitest";
import { applyMigrations } from "@/prisma/migrate/operations";
import { setupDatabase } from "@/prisma/scripts/setup-database";
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

const globalForDb = globalThis as unknown as { __catalogueDb?: { db: { $disconnect: () => Promise<void> } } };

/** Points the app's database client at the client `getDb()` will open next (for DATABASE_URL). */
async function resetAppClient(): Promise<void> {
  await globalForDb.__catalogueDb?.db.$disconnect();
  globalForDb.__catalogueDb = undefined;
}

/**
 * For a describe block: a fresh database loaded with the catalogue that
 * `writeCatalogue()` writes, served to the route handlers (through
 * DATABASE_URL) for the block's tests, then dropped and the previous one restored.
 */
export function useCatalogueDatabase(provider: Provider, prefix: string, writeCatalogue: () => string): void {
  useDatabase(provider, prefix, async (config) => {
    await setupDatabase(config, writeCatalogue());
  });
}

/** As useCatalogueDatabase, with the database filled by `prepare` (e.g. several catalogue loads in turn). */
export function useDatabase(provider: Provider, prefix: string, prepare: (config: DatabaseConfig) => Promise<void>): void {
  const previousUrl = process.env.DATABASE_URL;
  let drop: () => Promise<void> = () => Promise.resolve();
  beforeAll(async () => {
    const database = await createTestDatabase(provider, prefix);
    drop = database.drop;
    await prepare(database.config);
    await resetAppClient();
    process.env.DATABASE_URL = database.config.url;
  });
  afterAll(async () => {
    await resetAppClient();
    process.env.DATABASE_URL = previousUrl;
    await drop();
  });
}
