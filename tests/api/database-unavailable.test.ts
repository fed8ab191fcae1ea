// What counts as "the database is unavailable", on real failures: a SQLite
// file that cannot be opened and a PostgreSQL port nothing listens on answer
// 503 + Retry-After in the API, and their errors carry the digest that pages'
// error boundary keys on (app/error.tsx); a bug (missing table, bad query)
// does neither. Provider-independent: each case opens its own client.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { GET as getHealth } from "@/app/api/health/route";
import { POST as mcpPost } from "@/app/api/mcp/route";
import { getDb } from "@/lib/db/prisma";
import { DATABASE_UNAVAILABLE_DIGEST, hasDatabaseUnavailableDigest } from "@/lib/domain/error-digest";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { callRoute } from "../helpers/call-route";
import { freePort } from "../helpers/private-postgres";

const globalForDb = globalThis as unknown as { __catalogueDb?: { db: { $disconnect: () => Promise<void> } } };
const testDatabaseUrl = process.env.DATABASE_URL;

async function useDatabase(url: string | undefined) {
  await globalForDb.__catalogueDb?.db.$disconnect().catch(() => undefined);
  globalForDb.__catalogueDb = undefined;
  process.env.DATABASE_URL = url;
}

/** The error a query rejects with (fails the test if it resolves). */
async function rejection(query: Promise<unknown>): Promise<unknown> {
  return query.then(
    () => expect.fail("the query should have failed"),
    (error: unknown) => error,
  );
}

async function expectApiUnavailable() {
  const list = await callRoute(listModels, "/api/models?access=closed");
  expect(list.status).toBe(503);
  expect(list.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(list.body).toEqual({ error: { code: "database_unavailable", message: expect.any(String) as string } });
  expect((await callRoute(getHealth, "/api/health")).status).toBe(503);
  // MCP: a tool error in the same shape, so an agent knows to retry; no database message leaks.
  const call = { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "search_models", arguments: { access: ["closed"] } } };
  const mcp = await callRoute(mcpPost, "/api/mcp", { method: "POST", body: JSON.stringify(call), headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream" } });
  expect(mcp.status).toBe(200);
  expect(mcp.body).toMatchObject({ result: { isError: true, structuredContent: { error: { code: "database_unavailable" } } } });
}

afterEach(() => useDatabase(testDatabaseUrl));

describe("database unavailable", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "sqlite-unreadable-"));
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it("a SQLite file that cannot be opened: 503 in the API, the digest for pages", async () => {
    await useDatabase(`file:${dir}`); // a directory: SQLITE_CANTOPEN
    const error = await rejection(getDb().db.model.count());
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(hasDatabaseUnavailableDigest(error)).toBe(true);
    await expectApiUnavailable();
  });

  it("a PostgreSQL server that is not there: 503 in the API, the digest for pages", async () => {
    await useDatabase(`postgresql://nobody@127.0.0.1:${await freePort()}/catalogue`);
    const error = await rejection(getDb().db.model.findMany({ take: 1 }));
    expect((error as { digest?: unknown }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    // Raw queries wrap the driver's error (P2010); it is still an outage.
    expect(isDatabaseUnavailable(await rejection(getDb().db.$queryRawUnsafe("SELECT 1")))).toBe(true);
    await expectApiUnavailable();
  });

  it("a bug is not an outage: no digest, so pages say 'something went wrong'", async () => {
    const { db } = getDb();
    expect(await db.model.count()).toBeGreaterThan(0);
    const missingTable = await rejection(db.$queryRawUnsafe("SELECT * FROM no_such_table"));
    const badQuery = await rejection(db.model.findUnique({ where: {} as never }));
    for (const error of [missingTable, badQuery]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
      expect(hasDatabaseUnavailableDigest(error)).toBe(false);
    }
  });
});
