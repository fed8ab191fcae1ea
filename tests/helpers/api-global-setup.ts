// Once per API project: a fresh database of the project's provider,
// migrated and loaded with the fixture catalogue (tests/fixtures/fixture-catalogue.ts),
// never the real one, so a data change cannot break an API test. Tests only read it.
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { setupDatabase } from "@/prisma/scripts/setup-database";
import { writeFixtureCatalogueDir } from "../fixtures/fixture-catalogue";
import { createTestDatabase, type Provider } from "./test-database";

export default async function setup(project: TestProject) {
  const provider = (project.config.env?.TEST_DB_PROVIDER ?? "sqlite") as Provider;
  const { config, drop } = await createTestDatabase(provider, "api");
  const catalogueDir = writeFixtureCatalogueDir();
  await setupDatabase(config, catalogueDir);
  rmSync(catalogueDir, { recursive: true, force: true });
  project.provide("databaseUrl", config.url);
  process.env.DATABASE_URL = config.url;
  return async () => drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
