import "server-only";
// Every matching model for the CSV/NDJSON export, in the paged API's order,
// read along the sort indexes in keyset batches.
import type { ModelsQuery } from "@/lib/schemas/models-query";
import type { ModelList } from "@/lib/schemas/model-response";
import { buildModelWhereWithTerms, hideFromIndexSelection, segmentOrder, withReferences, type ModelRow } from "./list-models";
import { SUMMARY_OMIT } from "./mappers";
import { sortSegments, type SortSegment } from "./model-where";
import { getDb, type Prisma } from "./prisma";


/**
 * Every matching model, in the order of the paged API: known values in
 * (sort column, slug) order, then unknowns in slug order.
 * NOTE: Prisma's "nulls last" order is a CASE expression no index can serve,
 * and its cursor option with it fetched every remaining row per batch (an
 * export of 100k models sorted by MMLU took minutes). Each batch here starts
 * after the previous batch's last row (keyset), so it is an index range read.
 */
export async function* streamModels(q: ModelsQuery, batchSize = 1000): AsyncGenerator<ModelList["items"]> {
  // On SQLite the filters are hidden from index selection: otherwise every
  // batch may read all remaining matches through a filter index and sort
  // them, where one walk along the sort index serves the whole export.
  const where = hideFromIndexSelection(await buildModelWhereWithTerms(q));
  for (const segment of sortSegments(q.sort)) yield* keysetBatches({ AND: [where, segment.where] }, segment, batchSize);
}

/** The segment's rows in (key, slug) order, `batchSize` rows a query, each query starting after the last row read. */
async function* keysetBatches(where: Prisma.ModelWhereInput, segment: SortSegment, batchSize: number): AsyncGenerator<ModelList["items"]> {
  const { db } = getDb();
  const { key: column, direction } = segment;
  const orderBy = segmentOrder(segment);
  let last: ModelRow | undefined;
  for (;;) {
    const rows = await db.model.findMany({ where: last ? { AND: [where, after(last, column, direction)] } : where, orderBy, take: batchSize, omit: SUMMARY_OMIT });
    if (rows.length > 0) yield await withReferences(rows);
    if (rows.length < batchSize) return;
    last = rows[rows.length - 1];
  }
}

/**
 * Rows after `last` in (column direction, slug asc) order, written as
 * `column >= v AND (column > v OR slug > s)` (for ascending) so that the
 * leading bound is an index range, not a disjunction the planner scans.
 */
function after(last: ModelRow, column: SortSegment["key"], direction: "asc" | "desc"): Prisma.ModelWhereInput {
  if (column === "slug") return { slug: { gt: last.slug } };
  const value = last[column];
  const [bound, beyond] = direction === "asc" ? (["gte", "gt"] as const) : (["lte", "lt"] as const);
  return { [column]: { [bound]: value }, OR: [{ [column]: { [beyond]: value } }, { slug: { gt: last.slug } }] };
}
