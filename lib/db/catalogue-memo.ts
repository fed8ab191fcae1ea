import "server-only";
// Memos per catalogue version. The catalogue changes only when it is
// reloaded, and a reload writes a new version, so answers derived from it
// (counts, pages, the small licence and organisation tables) stay right
// until then, give or take the version's own few seconds of staleness (the
// same window as the API's ETag).
import { getCatalogueVersion } from "./catalogue-version";
import { getDb } from "./prisma";

/** A least-recently-used memo of at most `maxEntries` values, keyed by catalogue version and key. */
export function catalogueMemo<T>(maxEntries: number) {
  const entries = new Map<string, T>();
  return async (key: string, load: () => Promise<T>): Promise<T> => {
    const versioned = `${await getCatalogueVersion()}|${key}`;
    const hit = entries.get(versioned);
    if (hit !== undefined) {
      entries.delete(versioned); // re-insert: Map order is recency order
      entries.set(versioned, hit);
      return hit;
    }
    const value = await load();
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    entries.set(versioned, value);
    return value;
  };
}

type ReferenceRows = Awaited<ReturnType<typeof loadReferenceRows>>;
const references = catalogueMemo<ReferenceRows>(4);

/** Every organisation (slug, name) and licence row, keyed by slug, read now. */
export async function loadReferenceRows() {
  const { db } = getDb();
  const [organizations, licences] = await Promise.all([db.organization.findMany({ select: { slug: true, name: true } }), db.licence.findMany()]);
  return { organizations: new Map(organizations.map((o) => [o.slug, o])), licences: new Map(licences.map((l) => [l.slug, l])) };
}

/** The reference rows, memoised per catalogue version. */
export function referenceRows(): Promise<ReferenceRows> {
  return references("references", loadReferenceRows);
}
