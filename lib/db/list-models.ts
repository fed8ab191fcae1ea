import "server-only";
// Filtering, sorting and paging happen in the database, on indexed columns.
import { partialDateRange } from "@/lib/domain/dates";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import type { ModelList } from "@/lib/schemas/model-response";
import { getDb, type Prisma } from "./prisma";
import { summaryInclude, toModelSummary } from "./mappers";

const BILLION = 1e9;

export function buildModelWhere(q: ModelsQuery): Prisma.ModelWhereInput {
  const and: Prisma.ModelWhereInput[] = [];
  if (q.q) and.push({ searchText: { contains: q.q.toLowerCase() } });
  if (q.access) and.push({ access: { in: q.access } });
  if (q.licence) and.push({ licenceSlug: { in: q.licence } });
  if (q.org) and.push({ organizationSlug: { in: q.org } });
  if (q.modality) and.push({ modality: { in: q.modality } });
  if (q.licenceCategory || q.commercialUse)
    and.push({
      licence: {
        ...(q.licenceCategory && { category: { in: q.licenceCategory } }),
        ...(q.commercialUse && { commercialUse: { in: q.commercialUse } }),
      },
    });
  if (q.minParams !== undefined) and.push({ parametersCount: { gte: q.minParams * BILLION } });
  if (q.maxParams !== undefined) and.push({ parametersCount: { lte: q.maxParams * BILLION } });
  if (q.minPrice !== undefined) and.push({ blendedUsdPerMTok: { gte: q.minPrice } });
  if (q.maxPrice !== undefined) and.push({ blendedUsdPerMTok: { lte: q.maxPrice } });
  if (q.releasedFrom) and.push({ releaseDate: { gte: partialDateRange(q.releasedFrom).start } });
  if (q.releasedTo) and.push({ releaseDate: { lte: partialDateRange(q.releasedTo).end } });
  return and.length ? { AND: and } : {};
}

const SORT_COLUMNS = {
  name: "name",
  releaseDate: "releaseDate",
  parameters: "parametersCount",
  price: "blendedUsdPerMTok",
  openness: "opennessScore",
  mmlu: "mmluScore",
} as const;

export function buildModelOrder(sort: string | undefined): Prisma.ModelOrderByWithRelationInput[] {
  if (!sort) return [{ name: "asc" }, { slug: "asc" }];
  const direction = sort.startsWith("-") ? "desc" : "asc";
  const column = SORT_COLUMNS[sort.replace(/^-/, "") as keyof typeof SORT_COLUMNS];
  const primary =
    column === "name" ? { name: direction } : { [column]: { sort: direction, nulls: "last" } };
  return [primary as Prisma.ModelOrderByWithRelationInput, { slug: "asc" }];
}

/** One page of the catalogue for a parsed query. */
export async function listModels(q: ModelsQuery): Promise<ModelList> {
  const { db } = getDb();
  const where = buildModelWhere(q);
  const [rows, total] = await Promise.all([
    db.model.findMany({
      where,
      orderBy: buildModelOrder(q.sort),
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      include: summaryInclude,
    }),
    db.model.count({ where }),
  ]);
  return { items: rows.map(toModelSummary), total, page: q.page, pageSize: q.pageSize };
}

/** Every matching model, in order, fetched in keyset-paged batches. */
export async function* streamModels(q: ModelsQuery, batchSize = 1000): AsyncGenerator<ModelList["items"]> {
  const { db } = getDb();
  const where = buildModelWhere(q);
  const orderBy = buildModelOrder(q.sort);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.model.findMany({
      where,
      orderBy,
      take: batchSize,
      ...(cursor && { cursor: { slug: cursor }, skip: 1 }),
      include: summaryInclude,
    });
    if (rows.length === 0) return;
    yield rows.map(toModelSummary);
    if (rows.length < batchSize) return;
    cursor = rows[rows.length - 1]?.slug;
  }
}
