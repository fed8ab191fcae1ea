import "server-only";
// Filtering, sorting and paging happen in the database, on indexed columns.
import type { ModelsQuery } from "@/lib/schemas/models-query";
import type { ModelList } from "@/lib/schemas/model-response";
import { catalogueMemo, loadReferenceRows, referenceRows } from "./catalogue-memo";
import { buildModelWhere, sortSegments, type SortSegment } from "./model-where";
import { getDb, type Prisma } from "./prisma";
import { readRankedPage, resolveSearch } from "./search-models";
import { SUMMARY_OMIT, toModelSummary } from "./mappers";

// ~20 kB a page: a few MB for the pages people actually ask for.
const pages = catalogueMemo<ModelList>(256);
const counts = catalogueMemo<number>(4096);

/**
 * One page of the catalogue for a parsed query, memoised per catalogue
 * version: a repeated page costs no query at all (the API already lets
 * caches keep it for a minute). Callers must not mutate the result.
 */
export function listModels(q: ModelsQuery): Promise<ModelList> {
  return pages(JSON.stringify(q), () => readModelsPage(q));
}

/** The page read from the database, past the page memo (what a new page costs; the benchmark times it). */
export async function readModelsPage(q: ModelsQuery): Promise<ModelList> {
  const where = await buildModelWhereWithTerms(q);
  const skip = (q.page - 1) * q.pageSize;
  // Counted first (memoised: an exact count(*) reads every match, 2–15 ms
  // at 100k models), so that the page query can be planned with it.
  const total = await countModels(where);
  // A search with no sort asked for is in rank order (best matches first).
  const ranked = q.q !== undefined && q.sort === undefined ? (await resolveSearch(q.q)).ranked : null;
  const rows = skip >= total ? [] : ranked ? await readRankedPage(where, ranked, skip, q.pageSize) : await pageRows(where, total, q.sort, skip, q.pageSize);
  return { items: await withReferences(rows), total, page: q.page, pageSize: q.pageSize };
}

/** buildModelWhere with licence terms matched against the memoised licence rows (no join on Licence). */
export async function buildModelWhereWithTerms(q: ModelsQuery): Promise<Prisma.ModelWhereInput> {
  const { licences } = await referenceRows();
  const where = buildModelWhere({ ...q, q: undefined }, { licence: [...licences.values()] });
  if (q.q === undefined) return where;
  // The text search through its index, with typos forgiven (./search-models.ts).
  const search = (await resolveSearch(q.q)).where;
  return { AND: [search, ...(Array.isArray(where.AND) ? where.AND : [])] };
}

/** A model's own columns as the list queries read them (SUMMARY_OMIT left out). */
export type ModelRow = Prisma.ModelGetPayload<{ omit: typeof SUMMARY_OMIT }>;

/** A segment's order: its key, then slug. */
export function segmentOrder(segment: SortSegment): Prisma.ModelOrderByWithRelationInput[] {
  return segment.key === "slug" ? [{ slug: "asc" }] : [{ [segment.key]: segment.direction }, { slug: "asc" }];
}

/**
 * The page's rows, in order, read along the (sort column, slug) indexes.
 * NOTE: "nulls last" makes Prisma sort by a CASE expression no index can
 * serve (every match sorted: ~50 ms at 100k models), so the sort's segments
 * (known values in index order, unranked and null rows in slug order; see
 * sortSegments) are read apart, each continuing where the previous ended.
 */
async function pageRows(where: Prisma.ModelWhereInput, total: number, sort: string | undefined, skip: number, take: number): Promise<ModelRow[]> {
  const filter = await steerToSortIndex(where, total, skip + take);
  const segments = sortSegments(sort);
  const rows: ModelRow[] = [];
  let toSkip = skip;
  for (const [i, segment] of segments.entries()) {
    const only = segments.length === 1;
    const part = await readOrdered(only ? filter : { AND: [filter, segment.where] }, segmentOrder(segment), toSkip, take - rows.length);
    rows.push(...part);
    if (rows.length === take || i === segments.length - 1) break;
    // The next segment starts at its beginning, unless this one lay wholly before the page.
    toSkip = part.length > 0 ? 0 : Math.max(0, toSkip - (await countModels({ AND: [where, segment.where] })));
  }
  return rows;
}

/** Rows skipped past which only slugs are read along the index, then the page's rows by slug. */
const DEFERRED_JOIN_FROM = 500;

async function readOrdered(where: Prisma.ModelWhereInput, orderBy: Prisma.ModelOrderByWithRelationInput[], skip: number, take: number): Promise<ModelRow[]> {
  const { db } = getDb();
  if (skip < DEFERRED_JOIN_FROM) return db.model.findMany({ where, orderBy, skip, take, omit: SUMMARY_OMIT });
  // Deep pages: skipping slugs can stay inside the index (PostgreSQL would otherwise fetch every skipped row).
  const slugs = (await db.model.findMany({ where, orderBy, skip, take, select: { slug: true } })).map((r) => r.slug);
  const bySlug = new Map((await db.model.findMany({ where: { slug: { in: slugs } }, omit: SUMMARY_OMIT })).map((r) => [r.slug, r]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []); // a slug deleted in between by a reload drops out
}

/**
 * NOTE: SQLite's planner ignores LIMIT: for a broad filter it reads every
 * match through the filter's index and sorts them (16–60 ms at 100k models)
 * where walking the sort index would stop after a page. NOT (NOT …) is the
 * same filter but hides it from index selection, so SQLite walks the sort
 * index — done only when the walk is expected to be short. One access class
 * stays visible: the (access, sort column, slug) indexes serve it exactly.
 * PostgreSQL plans with the LIMIT itself.
 */
async function steerToSortIndex(where: Prisma.ModelWhereInput, total: number, rowsNeeded: number): Promise<Prisma.ModelWhereInput> {
  const { access, rest } = splitAccess(where);
  if (getDb().config.provider !== "sqlite" || rest.length === 0) return where;
  const everything = await countModels(access ? { AND: [access] } : {});
  if ((rowsNeeded * everything) / total > 2 * total) return where;
  return hidden(access, rest);
}

/** On SQLite, `where` with every filter but one access class hidden from index selection (see steerToSortIndex). */
export function hideFromIndexSelection(where: Prisma.ModelWhereInput): Prisma.ModelWhereInput {
  const { access, rest } = splitAccess(where);
  if (getDb().config.provider !== "sqlite" || rest.length === 0) return where;
  return hidden(access, rest);
}

function hidden(access: Prisma.ModelWhereInput | undefined, rest: Prisma.ModelWhereInput[]): Prisma.ModelWhereInput {
  const filters = { NOT: [{ NOT: { AND: rest } }] };
  return access ? { AND: [access, filters] } : filters;
}

/** buildModelWhere's terms apart from a single-class access term. */
function splitAccess(where: Prisma.ModelWhereInput): { access?: Prisma.ModelWhereInput; rest: Prisma.ModelWhereInput[] } {
  const terms = Array.isArray(where.AND) ? where.AND : [];
  const access = terms.find((t) => typeof t.access === "object" && Array.isArray(t.access.in) && t.access.in.length === 1);
  return { access, rest: terms.filter((t) => t !== access) };
}

/** Summaries of `rows` with their licence and organisation, in order. */
export async function withReferences(rows: ModelRow[]): Promise<ModelList["items"]> {
  if (rows.length === 0) return [];
  const memoised = await referenceRows();
  // A reload within the version's staleness window may add licences or organisations: read them afresh.
  const stale = rows.some((r) => !memoised.organizations.has(r.organizationSlug) || !memoised.licences.has(r.licenceSlug));
  const refs = stale ? await loadReferenceRows() : memoised;
  return rows.map((row) => {
    const organization = refs.organizations.get(row.organizationSlug);
    const licence = refs.licences.get(row.licenceSlug);
    if (!organization || !licence) throw new Error(`model ${row.slug} refers to an unknown organisation or licence`);
    return toModelSummary({ ...row, organization, licence });
  });
}

function countModels(where: Prisma.ModelWhereInput): Promise<number> {
  return counts(JSON.stringify(where), () => getDb().db.model.count({ where }));
}
