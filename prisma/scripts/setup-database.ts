// Brings DATABASE_URL's database up to date: migrations, then the catalogue.
// Idempotent: an existing database is migrated, never recreated.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/prisma";
import { loadCatalogue, type LoadResult } from "@/lib/db/load-catalogue";
import type { DatabaseConfig } from "@/lib/schemas/env";
import { applyMigrations } from "../migrate/operations";
import { readCatalogue } from "./read-catalogue";

export async function setupDatabase(config: DatabaseConfig, catalogueDir?: string): Promise<{ applied: string[]; load: LoadResult }> {
  const catalogue = readCatalogue(catalogueDir); // validate before touching the database
  if (config.provider === "sqlite") mkdirSync(path.dirname(config.filePath), { recursive: true });
  const applied = await applyMigrations(config);
  const db = createPrismaClient(config);
  try {
    return { applied, load: await loadCatalogue(db, catalogue) };
  } finally {
    await db.$disconnect();
  }
}
