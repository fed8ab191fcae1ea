// How a page's error boundary (a client component) tells a database outage
// from a bug: lib/db gives outage errors this fixed digest, which Next keeps
// instead of hashing the message (README Decisions, "Database outages on pages").

/** The digest Next passes to error boundaries for a database-unavailable error. */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/** For error boundaries: was this thrown because the database is unavailable? */
export function hasDatabaseUnavailableDigest(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === DATABASE_UNAVAILABLE_DIGEST;
}
