// Once per API project: a fresh database of the project's provider,
// migrated and loaded with the real catalogue. Tests only read it.
import type { TestProject } from "vitest/node";
import { setupDatabase } from "@/prisma/scripts/setup-database";
import { createTestDatabase, type Provider } from "./test-database";

export default async function setup(project: TestProject) {
  const provider = (project.config.env?.TEST_DB_PROVIDER ?? "sqlite") as Provider;
  const { config, drop } = await createTestDatabase(provider, "api");
  await setupDatabase(config);
  project.provide("databaseUrl", config.url);
  process.env.DATABASE_URL = config.url;
  return async () => drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
