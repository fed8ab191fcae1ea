// Catalogue loading on a real database of the project's provider.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { loadCatalogue } from "@/lib/db/load-catalogue";
import { setupDatabase } from "@/prisma/scripts/setup-database";
import { CatalogueError } from "@/prisma/scripts/read-catalogue";
import { catalogueFixture, modelFixture, writeCatalogueDir } from "../fixtures/catalogue";
import { createMigratedDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;

describe(`catalogue loading (${provider})`, () => {
  let db: Db;
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const two = catalogueFixture({ models: [modelFixture(), modelFixture({ slug: "acme-13b", name: "Acme 13B", parameters: { value: 13e9, source: "card" } })] });

  beforeAll(async () => {
    database = await createMigratedDatabase(provider, "load");
    db = createPrismaClient(database.config);
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("loads models with their derived columns, and a second load changes nothing", async () => {
    expect((await loadCatalogue(db, two)).status).toBe("loaded");
    const before = await db.model.findMany({ orderBy: { slug: "asc" } });
    expect(before.map((m) => m.slug)).toEqual(["acme-13b", "acme-7b"]);
    expect(before[1]).toMatchObject({ access: "open-source", opennessScore: 100, mmlu: 60.5, parameters: 6.9e9 });
    expect((await loadCatalogue(db, two)).status).toBe("unchanged");
    expect(await db.model.findMany({ orderBy: { slug: "asc" } })).toEqual(before);
    expect(await db.catalogueLoad.count()).toBe(1);
  });

  it("removes a model that was removed from the files, with its facts", async () => {
    await loadCatalogue(db, catalogueFixture({ models: [modelFixture()] }));
    expect(await db.model.count()).toBe(1);
    expect(await db.opennessGrade.count({ where: { modelSlug: "acme-13b" } })).toBe(0);
  });

  it("keeps the previous catalogue intact when a load fails half-way", async () => {
    await loadCatalogue(db, two);
    const before = await db.model.findMany({ orderBy: { slug: "asc" } });
    const renamed = catalogueFixture({ models: [modelFixture({ name: "Acme 7B v2" }), modelFixture({ slug: "acme-13b", name: "Acme 13B", parameters: { value: 13e9, source: "card" } })] });
    const failing = loadCatalogue(db, renamed, {
      afterModel: (_slug, index) => {
        if (index === 0) throw new Error("injected failure after the first model");
      },
    });
    await expect(failing).rejects.toThrow("injected failure");
    expect(await db.model.findMany({ orderBy: { slug: "asc" } })).toEqual(before);
  });

  it("writes nothing when a catalogue file is invalid, and names the file and field", async () => {
    const bad = modelFixture({ slug: "acme-bad", name: "Acme Bad" });
    const dir = writeCatalogueDir(catalogueFixture({ models: [modelFixture({ name: "Changed" })] }), {
      "models/acme-bad.json": JSON.stringify({ ...bad, parameters: { value: -5, source: "card" } }),
    });
    const before = await db.model.findMany({ orderBy: { slug: "asc" } });
    const error = await setupDatabase(database.config, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as CatalogueError).issues).toContainEqual(expect.objectContaining({ file: "models/acme-bad.json", field: "parameters.value" }));
    expect(await db.model.findMany({ orderBy: { slug: "asc" } })).toEqual(before);
  });
});
