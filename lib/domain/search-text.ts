// Forgiving catalogue search, the pure part: how text and queries are
// normalised, how a match is ranked, and when one typo is forgiven.
// lib/db/search-models.ts finds the candidates through the databases' indexes.

/** Spaces, hyphens and dots between two letters or digits: "GPT-4", "gpt 4" and "gpt4" all become "gpt4". */
const JOINERS = /(?<=[\p{L}\p{N}])[\s.-]+(?=[\p{L}\p{N}])/gu;

/**
 * Text as search sees it: lower case, with spaces, hyphens and dots between
 * letters and digits removed. Other characters (%, _, \, …) and the spaces
 * next to them stay, so a search holding them still means exactly that text.
 */
export function normaliseSearchText(text: string): string {
  return text.toLowerCase().replace(JOINERS, "").replace(/\s+/g, " ").trim();
}

/** A query as search sees it: normalised, without leading or trailing spaces, hyphens and dots ("" means no search). */
export function normaliseSearchQuery(query: string): string {
  return normaliseSearchText(query).replace(/^[\s.-]+|[\s.-]+$/g, "");
}

/** A model's stored search text: each field normalised on its own, joined by spaces (so a query, which has none between letters, never spans two fields). */
export function searchTextOf(fields: ReadonlyArray<string | null | undefined>): string {
  return fields
    .filter((f): f is string => typeof f === "string" && f.length > 0)
    .map(normaliseSearchText)
    .join(" ");
}

/** Typos are forgiven only in plain words of this many letters or digits (shorter ones would match almost anything). */
export const TYPO_MIN_LENGTH = 5;
const TYPO_MAX_LENGTH = 40;

/** Whether a normalised query gets typo tolerance: letters and digits only, 5–40 of them. */
export function forgivesTypo(query: string): boolean {
  return query.length >= TYPO_MIN_LENGTH && query.length <= TYPO_MAX_LENGTH && /^[\p{L}\p{N}]+$/u.test(query);
}

/** The distinct three-character pieces of a query: a text within one typo of it shares at least one when it is 6+ long (most 5-letter typos too). */
export function trigramsOf(query: string): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= query.length; i++) grams.add(query.slice(i, i + 3));
  return [...grams];
}

/**
 * Whether some stretch of `text` is within one edit of `query`: one letter
 * missing, extra, wrong, or two neighbours swapped (optimal string
 * alignment). Sellers' dynamic programme: the stretch may start anywhere, or
 * only at the start of the text (`from: "start"`).
 */
export function withinOneTypo(query: string, text: string, from: "anywhere" | "start" = "anywhere"): boolean {
  const m = query.length;
  const anchored = from === "start";
  // prev[i]: fewest edits turning query[0, i) into a stretch of text ending at the previous position.
  let beforePrev: number[] = [];
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  if (prev[m]! <= 1) return true;
  for (let j = 1; j <= text.length; j++) {
    const row = [anchored ? j : 0];
    for (let i = 1; i <= m; i++) {
      let best = Math.min(prev[i]! + 1, row[i - 1]! + 1, prev[i - 1]! + (query[i - 1] === text[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && query[i - 1] === text[j - 2] && query[i - 2] === text[j - 1]) best = Math.min(best, beforePrev[i - 2]! + 1);
      row.push(best);
    }
    if (row[m]! <= 1) return true;
    beforePrev = prev;
    prev = row;
  }
  return false;
}

/**
 * How well a model matched, best first: 0 its name (or slug) is the query,
 * 1 its name starts with it, 2 another field (slug, family, organisation,
 * licence) starts with it, 3 it is inside a field;
 * then one typo away: 4 its whole name, 5 the start of its name, 6 anywhere.
 */
export type SearchTier = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface SearchCandidate {
  slug: string;
  name: string;
  searchText: string;
}

/** The candidate's tier for a normalised query, or null when it does not match at all. */
export function searchTier(query: string, c: SearchCandidate): SearchTier | null {
  const name = normaliseSearchText(c.name);
  if (name === query || normaliseSearchText(c.slug) === query) return 0;
  if (name.startsWith(query)) return 1;
  if (c.searchText.startsWith(query) || c.searchText.includes(` ${query}`)) return 2;
  if (c.searchText.includes(query)) return 3;
  if (!forgivesTypo(query) || !withinOneTypo(query, c.searchText)) return null;
  if (Math.abs(name.length - query.length) <= 1 && withinOneTypo(query, name, "start") && withinOneTypo(name, query, "start")) return 4;
  return withinOneTypo(query, name, "start") ? 5 : 6;
}

/** Matching candidates' slugs, best tier first, then by name and slug (the catalogue's default order). */
export function rankSearch(query: string, candidates: readonly SearchCandidate[]): string[] {
  const seen = new Set<string>();
  const ranked: Array<{ tier: SearchTier; c: SearchCandidate }> = [];
  for (const c of candidates) {
    if (seen.has(c.slug)) continue;
    seen.add(c.slug);
    const tier = searchTier(query, c);
    if (tier !== null) ranked.push({ tier, c });
  }
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  ranked.sort((a, b) => a.tier - b.tier || byCodeUnit(a.c.name, b.c.name) || byCodeUnit(a.c.slug, b.c.slug));
  return ranked.map((r) => r.c.slug);
}
