// "The database is down or busy", told apart from bugs. The API answers such
// errors 503 + Retry-After (lib/api/handler.ts); pages show a "temporarily
// unavailable" screen (app/error.tsx), which can only see an error's digest
// (lib/domain/error-digest.ts). No "server-only": the command-line scripts
// reach this through ./prisma.ts; lint keeps client components out.
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/domain/error-digest";

// Prisma connection codes, driver errors (pg, better-sqlite3) and PostgreSQL
// server states that go away on their own, unlike a bad query or a missing table.
const UNAVAILABLE =
  /P1001|P1002|P1008|P1017|P2024|Can't reach database server|ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections|SQLITE_BUSY|database is locked|SQLITE_CANTOPEN|unable to open database file|Cannot open database because the directory does not exist|the database system is (starting up|shutting down)|terminating connection/i;

/** True for errors that mean "the database is down or busy", not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown };
  const text = [e.code, e.message, e.cause].map(describe).join(" ");
  return UNAVAILABLE.test(text);
}

function describe(part: unknown): string {
  if (typeof part === "string") return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part) ?? "";
  } catch {
    return ""; // a circular cause must not replace the error being classified
  }
}

/**
 * Gives a database-unavailable error a fixed digest, which Next keeps instead
 * of hashing the message, so the page's error boundary can tell it from a bug
 * without the message (hidden in production) reaching the browser.
 */
export function tagDatabaseUnavailable(error: unknown): unknown {
  if (isDatabaseUnavailable(error) && Object.isExtensible(error)) (error as { digest?: string }).digest = DATABASE_UNAVAILABLE_DIGEST;
  return error;
}
