import "server-only";
// The catalogue's text search (q), forgiving and indexed. Case, spaces,
// hyphens and dots do not matter (the stored searchText and the query are
// normalised alike: lib/domain/search-text.ts) and one typo is forgiven in a
// word of five or more letters. Candidates come from each database's trigram
// index — SQLite: the FTS5 table "ModelSearch" (tokenizer trigram, rebuilt
// with every catalogue load: ./search-index.ts); PostgreSQL: pg_trgm's GIN
// index on Model.searchText — and are checked and ranked here: the name
// itself, then names starting with the query, words starting with it, text
// holding it, and last the models one typo away.
// Search is literal: %, _ and \ match only themselves.
import { forgivesTypo, normaliseSearchQuery, rankSearch, trigramsOf, type SearchCandidate } from "@/lib/domain/search-text";
import { catalogueMemo } from "./catalogue-memo";
import { likeLiteral } from "./like-literal";
import { SUMMARY_OMIT } from "./mappers";
import { getDb, type Db, type Prisma } from "./prisma";

/** Past this many exact matches a search is broad: a plain substring filter in the requested order, no ranking, no typo tier. */
export const MAX_RANKED = 1000;
/** Typo candidates read at most; a word whose three-letter pieces are commoner than this gets no typo tier. */
export const MAX_TYPO_CANDIDATES = 2000;

export interface ResolvedSearch {
  /** The search as a where term on Model. */
  where: Prisma.ModelWhereInput;
  /** The matching slugs, best first; null when the search is broad (or empty) and the requested order applies. */
  ranked: string[] | null;
}

const searches = catalogueMemo<ResolvedSearch>(512);

/** The models a query matches, memoised per catalogue version and normalised query. */
export function resolveSearch(q: string): Promise<ResolvedSearch> {
  const query = normaliseSearchQuery(q);
  // Only spaces, hyphens and dots: nothing to search for, like an empty box.
  if (query === "") return Promise.resolve({ where: {}, ranked: null });
  return searches(query, () => findMatches(getDb(), query));
}

/** The search's matches read now, past the memo (the benchmark times it). */
export async function findMatches({ db, config }: { db: Db; config: { provider: "sqlite" | "postgresql" } }, query: string): Promise<ResolvedSearch> {
  const reader = config.provider === "sqlite" ? sqliteReader(db) : postgresReader(db);
  const exact = await reader.containing(query, MAX_RANKED + 1);
  if (exact.length > MAX_RANKED) return { where: { searchText: { contains: likeLiteral(query) } }, ranked: null };
  let typos: SearchCandidate[] = [];
  if (forgivesTypo(query)) {
    typos = await reader.sharingAPiece(trigramsOf(query), MAX_TYPO_CANDIDATES + 1);
    if (typos.length > MAX_TYPO_CANDIDATES) typos = [];
  }
  const ranked = rankSearch(query, [...exact, ...typos]);
  return { where: { slug: { in: ranked } }, ranked };
}

interface CandidateReader {
  /** Models whose search text holds `query`, at most `limit`. */
  containing(query: string, limit: number): Promise<SearchCandidate[]>;
  /** Models whose search text holds at least one of `pieces`, at most `limit`. */
  sharingAPiece(pieces: string[], limit: number): Promise<SearchCandidate[]>;
}

const COLUMNS = `"slug", "name", "searchText"`;

function sqliteReader(db: Db): CandidateReader {
  // An FTS5 string: double quotes doubled; everything inside is literal.
  const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;
  return {
    containing: (query, limit) =>
      // NOTE: the trigram tokenizer cannot match fewer than three characters
      // (https://sqlite.org/fts5.html#the_trigram_tokenizer): those scan.
      query.length >= 3
        ? db.$queryRawUnsafe<SearchCandidate[]>(`SELECT ${COLUMNS} FROM "ModelSearch" WHERE "ModelSearch" MATCH ? LIMIT ?`, quoted(query), limit)
        : db.$queryRawUnsafe<SearchCandidate[]>(`SELECT ${COLUMNS} FROM "Model" WHERE "searchText" LIKE ? ESCAPE '\\' LIMIT ?`, `%${likeLiteral(query)}%`, limit),
    sharingAPiece: (pieces, limit) =>
      pieces.length === 0
        ? Promise.resolve([])
        : db.$queryRawUnsafe<SearchCandidate[]>(`SELECT ${COLUMNS} FROM "ModelSearch" WHERE "ModelSearch" MATCH ? LIMIT ?`, pieces.map(quoted).join(" OR "), limit),
  };
}

function postgresReader(db: Db): CandidateReader {
  // pg_trgm's GIN index serves LIKE '%…%' (and an OR of them); backslash is PostgreSQL's default LIKE escape.
  const likes = (patterns: string[], limit: number) =>
    db.$queryRawUnsafe<SearchCandidate[]>(
      `SELECT ${COLUMNS} FROM "Model" WHERE ${patterns.map((_, i) => `"searchText" LIKE $${i + 1}`).join(" OR ")} LIMIT $${patterns.length + 1}`,
      ...patterns.map((p) => `%${likeLiteral(p)}%`),
      limit,
    );
  return {
    containing: (query, limit) => likes([query], limit),
    sharingAPiece: (pieces, limit) => (pieces.length === 0 ? Promise.resolve([]) : likes(pieces, limit)),
  };
}

type ModelRow = Prisma.ModelGetPayload<{ omit: typeof SUMMARY_OMIT }>;

/**
 * One page of a ranked search: the slugs that also pass the other filters
 * (`where` already holds the search), in rank order, then their rows.
 */
export async function readRankedPage(where: Prisma.ModelWhereInput, ranked: readonly string[], skip: number, take: number): Promise<ModelRow[]> {
  const { db } = getDb();
  const passing = new Set((await db.model.findMany({ where, select: { slug: true } })).map((r) => r.slug));
  const slugs = ranked.filter((s) => passing.has(s)).slice(skip, skip + take);
  const bySlug = new Map((await db.model.findMany({ where: { slug: { in: slugs } }, omit: SUMMARY_OMIT })).map((r) => [r.slug, r]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []); // a slug deleted in between by a reload drops out
}
