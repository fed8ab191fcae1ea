// The checked-in migrations must produce exactly the schema, for each provider.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/schemas/env";
import { diffMigrationsToSchema, applyMigrations } from "@/prisma/migrate/operations";
import { PROVIDERS, providerSchemaText } from "@/prisma/scripts/schema-files";
import { createPrismaClient } from "@/lib/db/prisma";
import { readMigrationState } from "@/lib/db/migration-state";
import { createTestDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;

describe(`migrations (${provider})`, () => {
  it("provider schemas are generated from the shared data model", () => {
    const models = readFileSync("prisma/schema/models.prisma", "utf8");
    for (const p of PROVIDERS) expect(readFileSync(`prisma/${p}/schema.prisma`, "utf8")).toBe(providerSchemaText(p, models));
  });

  it("have not drifted from the schema", async () => {
    const { config, drop } = await createTestDatabase(provider, "drift");
    try {
      expect(await diffMigrationsToSchema(config)).toBe("");
    } finally {
      await drop();
    }
  });

  it("apply to an empty database, then find nothing pending; the start-up check sees both states", async () => {
    const { config, drop } = await createTestDatabase(provider, "apply");
    const db = createPrismaClient(config);
    try {
      const before = await readMigrationState(db, config);
      expect(before.upToDate).toBe(false);
      expect(before.pending.length).toBeGreaterThan(0);
      expect((await applyMigrations(config)).length).toBeGreaterThan(0);
      expect(await applyMigrations(config)).toEqual([]);
      expect(await readMigrationState(db, config)).toMatchObject({ upToDate: true, pending: [], failed: [] });
    } finally {
      await db.$disconnect();
      await drop();
    }
  });

  it("reject a malformed DATABASE_URL, naming the variable and the accepted forms", () => {
    expect(() => parseDatabaseUrl("mysql://x")).toThrow(/DATABASE_URL must be "file:<path>".*postgresql:\/\//);
  });
});
