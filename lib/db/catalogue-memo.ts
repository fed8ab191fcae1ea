import "server-only";
// The one memo mechanism (lru-cache) for answers derived from the catalogue.
// The catalogue changes only when it is reloaded, and a reload writes a new
// version, so every entry is keyed by the version: answers stay right until
// then, give or take the version's own few seconds of staleness (the same
// window as the API's ETag), and old versions' entries age out of the LRU.
import { LRUCache } from "lru-cache";
import { getCatalogueVersion } from "./catalogue-version";
import { getDb } from "./prisma";

type Load<T> = () => Promise<T>;

/**
 * A least-recently-used memo of at most `maxEntries` values, keyed by
 * catalogue version and key. Concurrent callers of one key share one load;
 * a failed load (e.g. the database is down) is not remembered.
 */
export function catalogueMemo<T extends NonNullable<unknown>>(maxEntries: number) {
  const cache = new LRUCache<string, T, Load<T>>({ max: maxEntries, fetchMethod: (_key, _stale, { context }) => context() });
  return async (key: string, load: Load<T>): Promise<T> => {
    const value = await cache.fetch(`${await getCatalogueVersion()}|${key}`, { context: load });
    // fetch resolves undefined only when aborted, which nothing here does.
    return value ?? load();
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
