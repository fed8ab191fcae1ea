// Catalogue loading is all-or-nothing, on the project's provider: a failure
// half-way through leaves every table as it was and names what failed; the
// same files loaded again — even through the full write path — change
// nothing; the CLI reports a bad file and exits non-zero.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { loadCatalogue } from "@/lib/db/load-catalogue";
import type { Catalogue } from "@/lib/domain/validate-catalogue";
import { catalogueFixture, licenceFixture, modelFixture, writeCatalogueDir } from "../fixtures/catalogue";
import { expectEvery } from "../helpers/expect-every";
import { createMigratedDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;

/** Ten models; `version` changes every model's name and price, so a new load rewrites every row. */
function catalogueVersion(version: number): Catalogue {
  const models = Array.from({ length: 10 }, (_, i) =>
    modelFixture({
      slug: `acme-${i + 1}b`,
      name: `Acme ${i + 1}B v${version}`,
      parameters: { value: (i + 1) * 1e9, source: "card" },
      prices: [{ provider: "acme", inputUsdPerMTok: version, outputUsdPerMTok: version * 2, effectiveDate: "2025-01-01", source: "card" }],
    }),
  );
  return catalogueFixture({ models, licences: [licenceFixture(), licenceFixture({ slug: `mit-v${version}`, name: "MIT", spdxId: "MIT" })] });
}

/** Every table's content; autoincrement ids and load times left out (a rewrite may renumber them). */
async function snapshot(db: Db, withIds = true) {
  const strip = <T extends object>(rows: T[]) => (withIds ? rows : rows.map(({ id: _id, ...rest }: T & { id?: unknown }) => rest));
  return {
    organizations: await db.organization.findMany({ orderBy: { slug: "asc" } }),
    licences: await db.licence.findMany({ orderBy: { slug: "asc" } }),
    models: await db.model.findMany({ orderBy: { slug: "asc" } }),
    facts: await db.modelFact.findMany({ orderBy: [{ modelSlug: "asc" }, { field: "asc" }] }),
    prices: strip(await db.price.findMany({ orderBy: [{ modelSlug: "asc" }, { id: "asc" }] })),
    benchmarks: strip(await db.benchmark.findMany({ orderBy: [{ modelSlug: "asc" }, { id: "asc" }] })),
    grades: await db.opennessGrade.findMany({ orderBy: [{ modelSlug: "asc" }, { component: "asc" }] }),
    licenceHistory: strip(await db.licenceChange.findMany({ orderBy: [{ modelSlug: "asc" }, { id: "asc" }] })),
    loads: withIds ? await db.catalogueLoad.findMany({ orderBy: { id: "asc" } }) : [],
  };
}

describe(`catalogue loading is all-or-nothing (${provider})`, () => {
  let db: Db;
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;

  beforeAll(async () => {
    database = await createMigratedDatabase(provider, "atomic");
    db = createPrismaClient(database.config);
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("a failure after half the models leaves every table intact and names the file being written", async () => {
    await loadCatalogue(db, catalogueVersion(1));
    const before = await snapshot(db);
    expect(before.models).toHaveLength(10);

    const failing = loadCatalogue(db, catalogueVersion(2), {
      afterModel: (_slug, index) => {
        if (index === 4) throw new Error("disk full (injected)");
      },
    });
    await expect(failing).rejects.toThrow(/Catalogue load failed at models\/acme-5b\.json; nothing was written.*disk full \(injected\)/);
    expect(await snapshot(db)).toEqual(before);
    expectEvery(before.models, (m) => m.name.endsWith("v1"), "models");
  });

  it("loading the same files again changes nothing, even when it goes through every write", async () => {
    await loadCatalogue(db, catalogueVersion(1));
    const first = await snapshot(db);
    expect((await loadCatalogue(db, catalogueVersion(1))).status).toBe("unchanged");
    expect(await snapshot(db)).toEqual(first);

    // v1 → v2 → v1 rewrites every row; the content must land exactly where it was.
    const content = await snapshot(db, false);
    await loadCatalogue(db, catalogueVersion(2));
    expect((await snapshot(db, false)).models).not.toEqual(content.models);
    expect((await loadCatalogue(db, catalogueVersion(1))).status).toBe("loaded");
    expect(await snapshot(db, false)).toEqual(content);
  });

  it("the setup command reports a bad file, exits non-zero and writes nothing", async () => {
    const before = await snapshot(db);
    const dir = writeCatalogueDir(catalogueVersion(3), {
      "models/acme-bad.json": JSON.stringify({ ...modelFixture({ slug: "acme-bad", name: "Acme Bad" }), licence: { value: "no-such-licence", source: "card" } }),
      "models/broken.json": '{ "slug": "broken", ',
    });
    const run = spawnSync("npx", ["tsx", "prisma/scripts/setup.ts"], {
      env: { ...process.env, DATABASE_URL: database.config.url, CATALOGUE_DIR: dir },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("nothing was written");
    expect(run.stderr).toMatch(/models\/broken\.json: \(file\): not valid JSON/);
    expect(run.stderr).toMatch(/models\/acme-bad\.json: licence/);
    expect(await snapshot(db)).toEqual(before);
  });
});
