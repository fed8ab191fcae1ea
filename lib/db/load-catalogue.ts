// Loads a validated catalogue into the database in one transaction: the
// catalogue's tables are replaced whole by what the files say, in batches. Loading the same files twice
// changes nothing (the content hash short-circuits the second load).
import { createHash } from "node:crypto";
import type { Catalogue } from "@/lib/domain/validate-catalogue";
import { licenceRow, modelRows, organizationRow } from "@/lib/domain/catalogue-rows";
import { diffCatalogues, snapshotOfRows, type ModelSnapshot } from "@/lib/domain/catalogue-changes";
import { readSnapshots, writeChanges } from "./catalogue-changes";
import type { Db } from "./prisma";
import gpusFile from "@/prisma/catalogue/gpus.json";
import { gpusFileSchema } from "@/lib/schemas/gpu";

/** The calculator's GPU table: self-hosting estimates stored with each model are derived from it. */
const GPU_TABLE = gpusFileSchema.parse(gpusFile).gpus;
import { providerOf, rebuildSearchIndex, searchIndexInStep } from "./search-index";

export interface LoadResult {
  status: "loaded" | "unchanged";
  hash: string;
  models: number;
  /** Change-feed records this load wrote (0 when unchanged). */
  changes: number;
}

export interface LoadOptions {
  /** Test hook: runs after each model is written, inside the transaction. */
  afterModel?: (slug: string, index: number) => void;
  /** When the load happens (default: now); the change feed dates its records with its UTC day. */
  now?: Date;
}

/** Models written per round of inserts: small enough for SQLite's bound-parameter limit in every table. */
const MODELS_PER_BATCH = 40;

type Rows = ReturnType<typeof modelRows>;
type WithSlug<T> = T & { modelSlug: string };
function emptyBatch() {
  return {
    models: [] as Array<Rows["model"]>,
    sources: [] as Array<WithSlug<Rows["sources"][number]>>,
    facts: [] as Array<WithSlug<Rows["facts"][number]>>,
    prices: [] as Array<WithSlug<Rows["prices"][number] & { providerName: string }>>,
    benchmarks: [] as Array<WithSlug<Rows["benchmarks"][number]>>,
    openness: [] as Array<WithSlug<Rows["openness"][number]>>,
    licenceHistory: [] as Array<WithSlug<Rows["licenceHistory"][number]>>,
  };
}

/** Bump when the rows derived from the same files change (e.g. how searchText is normalised), so the next start reloads. */
const DERIVED_ROWS_VERSION = 2;

export function catalogueHash(catalogue: Catalogue): string {
  const hash = createHash("sha256");
  hash.update(`rows:${DERIVED_ROWS_VERSION}`);
  for (const part of [catalogue.organizations, catalogue.licences, catalogue.models])
    for (const { file, data } of part) hash.update(file).update(JSON.stringify(data));
  hash.update(JSON.stringify(catalogue.providers ?? []));
  // Stored self-hosting estimates derive from the GPU table: a new table is a new catalogue version.
  hash.update(JSON.stringify(GPU_TABLE));
  return hash.digest("hex").slice(0, 16);
}

export async function loadCatalogue(db: Db, catalogue: Catalogue, options: LoadOptions = {}): Promise<LoadResult> {
  const hash = catalogueHash(catalogue);
  const models = catalogue.models.length;
  const provider = providerOf(db);
  const last = await db.catalogueLoad.findFirst({ orderBy: { id: "desc" } });
  if (last?.hash === hash) {
    // A database migrated to the search index before its next load gets it filled now.
    if (!(await searchIndexInStep(db, provider))) await rebuildSearchIndex(db, provider);
    return { status: "unchanged", hash, models, changes: 0 };
  }

  const orgNames = new Map(catalogue.organizations.map(({ data }) => [data.slug, data.name]));
  const licences = new Map(catalogue.licences.map(({ data }) => [data.slug, data]));
  const providerNames = new Map((catalogue.providers ?? []).map((p) => [p.slug, p.name]));

  const now = options.now ?? new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // Named in the error, so a failed load says which file it was writing.
  let writing = "(start)";
  let changes = 0;
  await db.$transaction(
    async (tx) => {
      // The change feed compares with the catalogue as loaded now; no previous load: the catalogue is being created.
      writing = "(reading the previous catalogue)";
      const previous = last ? await readSnapshots(tx) : null;
      const next: ModelSnapshot[] = [];
      writing = "providers.json";
      await tx.provider.deleteMany({});
      if (catalogue.providers?.length) await tx.provider.createMany({ data: catalogue.providers.map(({ slug, name, url, kind }) => ({ slug, name, url, kind })) });
      // Every model row and its facts are rewritten: clear them all, then insert in
      // batches (a few dozen statements for the whole catalogue instead of ~15 per model).
      writing = "(clearing the previous models)";
      await tx.modelSource.deleteMany({});
      await tx.modelFact.deleteMany({});
      await tx.price.deleteMany({});
      await tx.benchmark.deleteMany({});
      await tx.opennessGrade.deleteMany({});
      await tx.licenceChange.deleteMany({});
      await tx.model.deleteMany({});
      // Organisations and licences too: nothing references them any more, so they are replaced whole.
      await tx.licence.deleteMany({});
      await tx.organization.deleteMany({});
      writing = "organizations/";
      await tx.organization.createMany({ data: catalogue.organizations.map(({ data }) => organizationRow(data)) });
      writing = "licences/";
      await tx.licence.createMany({ data: catalogue.licences.map(({ data }) => licenceRow(data)) });

      const batch = emptyBatch();
      const flush = async () => {
        await tx.model.createMany({ data: batch.models });
        await tx.modelSource.createMany({ data: batch.sources });
        await tx.modelFact.createMany({ data: batch.facts });
        await tx.price.createMany({ data: batch.prices });
        await tx.benchmark.createMany({ data: batch.benchmarks });
        await tx.opennessGrade.createMany({ data: batch.openness });
        await tx.licenceChange.createMany({ data: batch.licenceHistory });
        Object.assign(batch, emptyBatch());
      };
      for (const [index, { file, data }] of catalogue.models.entries()) {
        writing = file;
        const licence = licences.get(data.licence.value);
        if (!licence) throw new Error(`${data.slug}: unknown licence ${data.licence.value}`);
        const rows = modelRows(data, licence, orgNames.get(data.organization) ?? data.organization, GPU_TABLE);
        const withSlug = <T>(list: T[]) => list.map((r) => ({ ...r, modelSlug: data.slug }));
        const prices = rows.prices.map((p) => ({ ...p, providerName: providerNames.get(p.provider) ?? p.provider }));
        next.push(snapshotOfRows({ ...rows, prices }, licence.name));
        batch.models.push(rows.model);
        batch.sources.push(...withSlug(rows.sources));
        batch.facts.push(...withSlug(rows.facts));
        batch.prices.push(...withSlug(prices));
        batch.benchmarks.push(...withSlug(rows.benchmarks));
        batch.openness.push(...withSlug(rows.openness));
        batch.licenceHistory.push(...withSlug(rows.licenceHistory));
        if (batch.models.length >= MODELS_PER_BATCH) await flush();
        options.afterModel?.(data.slug, index);
      }
      writing = catalogue.models.at(-1)?.file ?? "(no models)";
      await flush();
      writing = "(the search index)";
      await rebuildSearchIndex(tx, provider);

      const load = await tx.catalogueLoad.create({ data: { hash, modelCount: models, loadedAt: now } });
      writing = "(the change feed)";
      const records = diffCatalogues(previous, next);
      await writeChanges(tx, load.id, day, records);
      changes = records.length;
    },
    { timeout: 120_000, maxWait: 30_000 },
  ).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Catalogue load failed at ${writing}; nothing was written, the previous catalogue is unchanged: ${reason}`, { cause: error });
  });
  return { status: "loaded", hash, models, changes };
}
