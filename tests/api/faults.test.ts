// Database faults: PostgreSQL is stopped in the middle of a stream of API
// requests and started again. Requests must answer 503 JSON with
// Retry-After (no hang, no 500), and the same app process — the same
// Prisma client and pool — must serve 200s again once the server is back.
// Runs on a private cluster: the shared one on 5432 serves other tests.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupDatabase } from "@/prisma/scripts/setup-database";
import { parseDatabaseUrl } from "@/lib/schemas/env";
import { GET as listModels } from "@/app/api/models/route";
import { GET as getModel } from "@/app/api/models/[slug]/route";
import { GET as getStats } from "@/app/api/stats/route";
import { GET as getHealth } from "@/app/api/health/route";
import { writeFixtureCatalogueDir } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";
import { findPostgresBin, startPrivatePostgres, type PrivatePostgres } from "../helpers/private-postgres";

const provider = process.env.TEST_DB_PROVIDER ?? "sqlite";
const installed = findPostgresBin() !== null;
if (provider === "postgresql" && !installed)
  console.warn("SKIPPED faults.test.ts: PostgreSQL server binaries (initdb) are not installed; run .ci/postgres.sh.");

type Call = { route: string; status: number | "hung"; ms: number; retryAfter: string | null; body: unknown; phase: string };

// A request that has not answered by then is a hang. Far above the pool's
// 3 s connect timeout, so a loaded machine does not fail the test; waits are
// polls with deadlines, never fixed sleeps.
const HANG_MS = 20_000;
const PHASE_DEADLINE_MS = 30_000;

const ROUTES = [
  ["/api/models", () => callRoute(listModels, "/api/models?access=open-weights&sort=-releaseDate")],
  ["/api/models/{slug}", () => callRoute(getModel, "/api/models/llama-2-70b", { params: { slug: "llama-2-70b" } })],
  ["/api/stats", () => callRoute(getStats, "/api/stats?access=closed")],
] as const;

const globalForDb = globalThis as unknown as { __catalogueDb?: { db: { $disconnect: () => Promise<void> } } };

/** Resolves once `done()` holds, checking every 50 ms; fails naming `what` after the deadline. */
async function waitFor(what: string, done: () => boolean, deadlineMs = PHASE_DEADLINE_MS): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The fault is the same on either provider's code path; stopping a server only makes sense for PostgreSQL.
describe.skipIf(provider !== "postgresql" || !installed)("database faults (PostgreSQL stopped mid-run)", () => {
  let cluster: PrivatePostgres;
  let catalogueDir: string;
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    cluster = await startPrivatePostgres();
    const url = await cluster.createDatabase("faults");
    catalogueDir = writeFixtureCatalogueDir();
    await setupDatabase(parseDatabaseUrl(url), catalogueDir);
    await globalForDb.__catalogueDb?.db.$disconnect();
    globalForDb.__catalogueDb = undefined;
    process.env.DATABASE_URL = url;
  }, 60_000);

  afterAll(async () => {
    await globalForDb.__catalogueDb?.db.$disconnect().catch(() => undefined);
    globalForDb.__catalogueDb = undefined;
    process.env.DATABASE_URL = previousUrl;
    cluster?.destroy();
    if (catalogueDir) rmSync(catalogueDir, { recursive: true, force: true });
  });

  it("answers 503 + Retry-After while the database is down, and recovers without a restart", async () => {
    const calls: Call[] = [];
    let phase = "up";
    let running = true;
    // Four clients hammering the API in a loop, across the whole outage.
    const worker = async (offset: number) => {
      for (let i = offset; running; i++) {
        const [route, call] = ROUTES[i % ROUTES.length] ?? ROUTES[0];
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const hang = new Promise<"hung">((resolve) => (timer = setTimeout(() => resolve("hung"), HANG_MS)));
        const r = await Promise.race([call(), hang]);
        clearTimeout(timer);
        const callPhase = phase; // the phase it answered in
        if (r === "hung") {
          calls.push({ route, status: "hung", ms: HANG_MS, retryAfter: null, body: null, phase: callPhase });
          continue;
        }
        calls.push({ route, status: r.status, ms: performance.now() - started, retryAfter: r.headers.get("retry-after"), body: r.body, phase: callPhase });
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    const inPhase = (p: string) => calls.filter((c) => c.phase === p);
    const everyRouteAnswered = (p: string, status: number) => ROUTES.every(([route]) => inPhase(p).some((c) => c.route === route && c.status === status));

    try {
      // Up: every route has answered 200 (twice round, so the pool is warm).
      await waitFor("200s from every route while up", () => everyRouteAnswered("up", 200) && inPhase("up").length >= 2 * ROUTES.length);
      const clientBefore = globalForDb.__catalogueDb;
      expect(clientBefore, "the app's client exists").toBeDefined();

      phase = "down";
      cluster.stop("fast");
      // Down: every route has answered 503, and the last eight answers in a row were 503s.
      await waitFor("503s from every route, settled", () => everyRouteAnswered("down", 503) && inPhase("down").slice(-8).filter((c) => c.status === 503).length === 8);
      const health = await callRoute(getHealth, "/api/health");

      phase = "restarted";
      cluster.start();
      await waitFor("200s from every route after the restart", () => everyRouteAnswered("restarted", 200));
      running = false;
      await Promise.all(workers);

      const summary = (p: string) => inPhase(p).reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.status]: (acc[c.status] ?? 0) + 1 }), {});
      console.log(`faults: up ${JSON.stringify(summary("up"))}, down ${JSON.stringify(summary("down"))}, restarted ${JSON.stringify(summary("restarted"))}`);

      // Before the stop: all fine.
      expect(inPhase("up").filter((c) => c.status !== 200)).toEqual([]);
      // Never a 500 or any other status, whatever the phase; never a hang.
      expect(calls.filter((c) => c.status !== 200 && c.status !== 503)).toEqual([]);
      // While down: every 503 is JSON with Retry-After.
      const down = inPhase("down").filter((c) => c.status === 503);
      expect(down.length).toBeGreaterThanOrEqual(8);
      for (const c of down) {
        expect(c.retryAfter, `${c.route} Retry-After`).toMatch(/^\d+$/);
        expect(Object.keys((c.body as { error: object }).error)).toEqual(["code", "message"]);
        expect(c.body).toMatchObject({ error: { code: "database_unavailable" } });
      }
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: "unavailable", database: { reachable: false } });
      // After the restart: the same client (no app restart) serves the 200s.
      expect(globalForDb.__catalogueDb).toBe(clientBefore);
    } finally {
      running = false;
      await Promise.allSettled(workers);
    }
  }, 3 * PHASE_DEADLINE_MS + 2 * HANG_MS);
});
