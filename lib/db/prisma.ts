// The Prisma client for DATABASE_URL's provider. Both providers' clients are
// generated from one data model; the app is typed against the SQLite one
// (the two differ only in $transaction options).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { readEnv, type DatabaseConfig } from "@/lib/schemas/env";
import { tagDatabaseUnavailable } from "./unavailable";
import { withLikeEscape } from "./like-literal";

export type Db = InstanceType<typeof SqliteClient>;
export type { Prisma } from "./generated/sqlite/client";

/** Opens a client on `db` (PostgreSQL: with a pool of `poolSize`); the caller owns it and must $disconnect it. */
export function createPrismaClient(db: DatabaseConfig, poolSize = 10): Db {
  if (db.provider === "sqlite") {
    // ESCAPE '\' on LIKE, so that searches are literal (lib/db/like-literal.ts).
    return new SqliteClient({ adapter: withLikeEscape(new PrismaBetterSqlite3({ url: db.filePath, timeout: 5000 })) });
  }
  const adapter = new PrismaPg({
    connectionString: db.url,
    max: poolSize,
    // Fail fast when the server is down, so requests answer 503, not hang.
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
  });
  return new PostgresClient({ adapter }) as unknown as Db;
}

/** `db` whose failures carry a fixed digest when the database is unavailable (see ./unavailable.ts). */
function withUnavailableDigest(db: Db): Db {
  return db.$extends({
    query: {
      async $allOperations({ args, query }): Promise<unknown> {
        try {
          return await query(args);
        } catch (error) {
          throw tagDatabaseUnavailable(error);
        }
      },
    },
  }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { __catalogueDb?: { db: Db; config: DatabaseConfig } };

/**
 * The process-wide client for DATABASE_URL, created on first use: the
 * start-up check (instrumentation.ts), which stops the server when the
 * environment is invalid. The environment is read here, with the client,
 * because tests point DATABASE_URL at a fresh database and drop the client.
 */
export function getDb(): { db: Db; config: DatabaseConfig } {
  globalForDb.__catalogueDb ??= (() => {
    const env = readEnv();
    const config = env.DATABASE_URL;
    return { db: withUnavailableDigest(createPrismaClient(config, env.DATABASE_POOL_SIZE)), config };
  })();
  return globalForDb.__catalogueDb;
}
