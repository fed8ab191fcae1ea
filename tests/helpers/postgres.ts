// PostgreSQL for tests: the server named by PG_TEST_URL (default: the role
// and database .ci/postgres.sh creates). Each test run gets fresh databases.
import pg from "pg";

export const PG_TEST_URL = process.env.PG_TEST_URL ?? "postgresql://catalogue:catalogue@127.0.0.1:5432/catalogue_test";

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database and returns its URL and a drop function. */
export async function createPostgresDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase();
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(PG_TEST_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropDatabase(name),
  };
}

/**
 * Drops a test database. NOTE: WITH (FORCE) cannot terminate an autovacuum
 * worker that happens to be cleaning the freshly loaded database (error 42501,
 * "must be a member of the role whose process is being terminated"); the
 * worker finishes within moments, so the drop is retried for a few seconds.
 */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "42501" || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
