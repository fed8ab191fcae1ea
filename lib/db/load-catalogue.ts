// Loads a validated catalogue into the database in one transaction: upserts
// what is in the files, deletes what is not. Loading the same files twice
// changes nothing (the content hash short-circuits the second load).
import { createHash } from "node:crypto";
import type { Catalogue } from "@/lib/domain/validate-catalogue";
import { licenceRow, modelRows, organizationRow } from "@/lib/domain/catalogue-rows";
import type { Db } from "./prisma";

export interface LoadResult {
  status: "loaded" | "unchanged";
  hash: string;
  models: number;
}

export interface LoadOptions {
  /** Test hook: runs after each model is written, inside the transaction. */
  afterModel?: (slug: string, index: number) => void;
}

export function catalogueHash(catalogue: Catalogue): string {
  const hash = createHash("sha256");
  for (const part of [catalogue.organizations, catalogue.licences, catalogue.models])
    for (const { file, data } of part) hash.update(file).update(JSON.stringify(data));
  hash.update(JSON.stringify(catalogue.providers ?? []));
  return hash.digest("hex").slice(0, 16);
}

export async function loadCatalogue(db: Db, catalogue: Catalogue, options: LoadOptions = {}): Promise<LoadResult> {
  const hash = catalogueHash(catalogue);
  const models = catalogue.models.length;
  const last = await db.catalogueLoad.findFirst({ orderBy: { id: "desc" } });
  if (last?.hash === hash) return { status: "unchanged", hash, models };

  const orgNames = new Map(catalogue.organizations.map(({ data }) => [data.slug, data.name]));
  const licences = new Map(catalogue.licences.map(({ data }) => [data.slug, data]));
  const providerNames = new Map((catalogue.providers ?? []).map((p) => [p.slug, p.name]));

  // Named in the error, so a failed load says which file it was writing.
  let writing = "(start)";
  await db.$transaction(
    async (tx) => {
      for (const { file, data } of catalogue.organizations) {
        writing = file;
        const row = organizationRow(data);
        await tx.organization.upsert({ where: { slug: row.slug }, create: row, update: row });
      }
      for (const { file, data } of catalogue.licences) {
        writing = file;
        const row = licenceRow(data);
        await tx.licence.upsert({ where: { slug: row.slug }, create: row, update: row });
      }
      writing = "providers.json";
      await tx.provider.deleteMany({});
      if (catalogue.providers?.length) await tx.provider.createMany({ data: catalogue.providers.map(({ slug, name, url, kind }) => ({ slug, name, url, kind })) });
      const slugs = catalogue.models.map(({ data }) => data.slug);
      await tx.model.deleteMany({ where: { slug: { notIn: slugs } } });

      for (const [index, { file, data }] of catalogue.models.entries()) {
        writing = file;
        const licence = licences.get(data.licence.value);
        if (!licence) throw new Error(`${data.slug}: unknown licence ${data.licence.value}`);
        const rows = modelRows(data, licence, orgNames.get(data.organization) ?? data.organization);
        const where = { modelSlug: data.slug };
        await tx.model.upsert({ where: { slug: data.slug }, create: rows.model, update: rows.model });
        await Promise.all([
          tx.modelSource.deleteMany({ where }),
          tx.modelFact.deleteMany({ where }),
          tx.price.deleteMany({ where }),
          tx.benchmark.deleteMany({ where }),
          tx.opennessGrade.deleteMany({ where }),
          tx.licenceChange.deleteMany({ where }),
        ]);
        const withSlug = <T>(list: T[]) => list.map((r) => ({ ...r, modelSlug: data.slug }));
        await tx.modelSource.createMany({ data: withSlug(rows.sources) });
        await tx.modelFact.createMany({ data: withSlug(rows.facts) });
        await tx.price.createMany({ data: withSlug(rows.prices.map((p) => ({ ...p, providerName: providerNames.get(p.provider) ?? p.provider }))) });
        await tx.benchmark.createMany({ data: withSlug(rows.benchmarks) });
        await tx.opennessGrade.createMany({ data: withSlug(rows.openness) });
        await tx.licenceChange.createMany({ data: withSlug(rows.licenceHistory) });
        options.afterModel?.(data.slug, index);
      }

      writing = "(removing deleted records)";
      const licenceSlugs = [...licences.keys()];
      const orgSlugs = [...orgNames.keys()];
      await tx.licence.deleteMany({ where: { slug: { notIn: licenceSlugs } } });
      await tx.organization.deleteMany({ where: { slug: { notIn: orgSlugs } } });
      await tx.catalogueLoad.create({ data: { hash, modelCount: models } });
    },
    { timeout: 120_000, maxWait: 30_000 },
  ).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Catalogue load failed at ${writing}; nothing was written, the previous catalogue is unchanged: ${reason}`, { cause: error });
  });
  return { status: "loaded", hash, models };
}
