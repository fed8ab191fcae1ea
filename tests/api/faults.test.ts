// Database faults: PostgreSQL is stopped in the middle of a stream of API
// requests and started again. Requests must answer 503 JSON with
// Retry-After quickly (no hang, no 500), and the same app process — the same
// Prisma client and pool — must serve 200s again once the server is back.
// Runs on a private cluster: the shared one on 5432 serves other tests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupDatabase } from "@/prisma/scripts/setup-database";
import { parseDatabaseUrl } from "@/lib/schemas/env";
import { GET as listModels } from "@/app/api/models/route";
import { GET as getModel } from "@/app/api/models/[slug]/route";
import { GET as getStats } from "@/app/api/stats/route";
import { GET as getHealth } from "@/app/api/health/route";
import { callRoute } from "../helpers/call-route";
import { findPostgresBin, startPrivatePostgres, type PrivatePostgres } from "../helpers/private-postgres";

const provider = process.env.TEST_DB_PROVIDER ?? "sqlite";
const installed = findPostgresBin() !== null;
if (provider === "postgresql" && !installed)
  console.warn("SKIPPED faults.test.ts: PostgreSQL server binaries (initdb) are not installed; run .ci/postgres.sh.");

type Call = { route: string; status: number; ms: number; retryAfter: string | null; body: unknown; phase: string };

const ROUTES = [
  ["/api/models", () => callRoute(listModels, "/api/models?access=open-weights&sort=-releaseDate")],
  ["/api/models/{slug}", () => callRoute(getModel, "/api/models/llama-2-70b", { params: { slug: "llama-2-70b" } })],
  ["/api/stats", () => callRoute(getStats, "/api/stats?access=closed")],
] as const;

const globalForDb = globalThis as unknown as { __catalogueDb?: { db: { $disconnect: () => Promise<void> } } };

// The fault is the same on either provider's code path; stopping a server only makes sense for PostgreSQL.
describe.skipIf(provider !== "postgresql" || !installed)("database faults (PostgreSQL stopped mid-run)", () => {
  let cluster: PrivatePostgres;
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    cluster = await startPrivatePostgres(5433);
    const url = await cluster.createDatabase("faults");
    await setupDatabase(parseDatabaseUrl(url));
    await globalForDb.__catalogueDb?.db.$disconnect();
    globalForDb.__catalogueDb = undefined;
    process.env.DATABASE_URL = url;
  }, 60_000);

  afterAll(async () => {
    await globalForDb.__catalogueDb?.db.$disconnect().catch(() => undefined);
    globalForDb.__catalogueDb = undefined;
    process.env.DATABASE_URL = previousUrl;
    cluster?.destroy();
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
        const r = await call();
        calls.push({ route, status: r.status, ms: performance.now() - started, retryAfter: r.headers.get("retry-after"), body: r.body, phase });
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    await sleep(1500);
    const clientBefore = globalForDb.__catalogueDb;
    expect(clientBefore, "the app's client exists").toBeDefined();

    phase = "down";
    cluster.stop("fast");
    await sleep(4000);
    const health = await callRoute(getHealth, "/api/health");

    phase = "restarted";
    cluster.start();
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && !calls.some((c) => c.phase === "restarted" && c.status === 200)) await sleep(200);
    await sleep(1000);
    running = false;
    await Promise.all(workers);

    const summary = (p: string) => calls.filter((c) => c.phase === p).reduce<Record<number, number>>((acc, c) => ({ ...acc, [c.status]: (acc[c.status] ?? 0) + 1 }), {});
    console.log(`faults: up ${JSON.stringify(summary("up"))}, down ${JSON.stringify(summary("down"))}, restarted ${JSON.stringify(summary("restarted"))}`);

    // Before the stop: all fine.
    expect(calls.filter((c) => c.phase === "up").every((c) => c.status === 200)).toBe(true);
    // Never a 500 or any other status, whatever the phase; never a hang.
    expect(calls.filter((c) => c.status !== 200 && c.status !== 503)).toEqual([]);
    expect(Math.max(...calls.map((c) => c.ms)), "slowest request (ms)").toBeLessThan(5000);
    // While down: every route answered 503 JSON with Retry-After.
    const down = calls.filter((c) => c.phase === "down" && c.status === 503);
    for (const [route] of ROUTES) expect(down.some((c) => c.route === route), `${route} answered 503 while down`).toBe(true);
    for (const c of down) {
      expect(c.retryAfter, `${c.route} Retry-After`).toMatch(/^\d+$/);
      expect(Object.keys((c.body as { error: object }).error)).toEqual(["code", "message"]);
      expect(c.body).toMatchObject({ error: { code: "database_unavailable" } });
    }
    expect(calls.filter((c) => c.phase === "down").slice(-8).every((c) => c.status === 503), "settled into 503s").toBe(true);
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: "unavailable", database: { reachable: false } });
    // After the restart: 200s again on every route, from the same client (no app restart).
    const recovered = calls.filter((c) => c.phase === "restarted" && c.status === 200);
    for (const [route] of ROUTES) expect(recovered.some((c) => c.route === route), `${route} recovered`).toBe(true);
    expect(globalForDb.__catalogueDb).toBe(clientBefore);
  }, 45_000);
});
