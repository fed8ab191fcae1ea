// Pages while the database is down: a production server of our own on a
// private PostgreSQL cluster (the run's own server uses SQLite and must stay
// up). As in a real outage the database stops after the server has started
// (and passed the start-up migration check); every page then shows the
// "temporarily unavailable" screen with no error details, and "Try again"
// brings the page back once the database returns, with no reload or restart.
import AxeBuilder from "@axe-core/playwright";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { writeFixtureCatalogueDir } from "../fixtures/fixture-catalogue";
import { findPostgresBin, freePort, startPrivatePostgres, type PrivatePostgres } from "../helpers/private-postgres";
import { test, expect } from "./fixtures";

test.skip(findPostgresBin() === null, "PostgreSQL server binaries (initdb) are not installed; run .ci/postgres.sh");

const PAGES = ["/", "/models?access=closed", "/models/llama-2-70b", "/compare?models=llama-2-70b,gpt-4", "/insights"];
const UNAVAILABLE = "The catalogue is temporarily unavailable";
// What must never reach the browser: driver messages, the database's address, stack frames.
const LEAKS = [/can.t reach/i, /prisma/i, /ECONNREFUSED/, /127\.0\.0\.1:\d{4}/, /\bat async\b/, /\.next[-\w]*\/server/];

let cluster: PrivatePostgres;
let server: ChildProcess | undefined;
let base = "";
let catalogueDir = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startPrivatePostgres();
  const databaseUrl = await cluster.createDatabase("pages_down");
  catalogueDir = writeFixtureCatalogueDir();
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  execFileSync("npx", ["tsx", "prisma/scripts/setup.ts"], { env: { ...env, CATALOGUE_DIR: catalogueDir }, stdio: "pipe" });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so the whole tree (npx → next-server) stops together.
  server = spawn("npx", ["next", "start", "-p", String(port)], { env, detached: true, stdio: "ignore" });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server on ${base} did not become healthy`);
});

test.afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  cluster?.destroy();
  if (catalogueDir) rmSync(catalogueDir, { recursive: true, force: true });
});

test("a database outage shows 'temporarily unavailable' on every page, and Try again recovers", async ({ page, request, allowConsoleError }) => {
  test.setTimeout(90_000);
  // The browser reports the failed document's status, and React reports the
  // server error it caught (by digest only: production hides the message).
  allowConsoleError(/status of 500/);
  allowConsoleError(/Minified React error #441/);
  // The retry's health check while the database is still down.
  allowConsoleError(/status of 503/);

  await page.goto(`${base}/models/llama-2-70b`);
  await expect(page.getByRole("heading", { level: 1, name: "Llama 2 70B" })).toBeVisible();

  cluster.stop("fast");
  // Catalogue pages are memoised per catalogue version, re-read every few seconds.
  await expect.poll(async () => (await request.get(`${base}/models`)).status(), { timeout: 20_000 }).toBe(500);

  for (const path of PAGES) {
    const response = await request.get(`${base}${path}`);
    // NOTE: Next 16 sends 500 for any render error before streaming starts and
    // offers no way to choose 503 or add Retry-After (only 401/403/404/redirects).
    expect(response.status(), path).toBe(500);
    const html = await response.text();
    for (const leak of LEAKS) expect(html, `${path} leaks ${String(leak)}`).not.toMatch(leak);
    expect(html, path).toContain("DATABASE_UNAVAILABLE"); // the digest the error screen keys on
  }
  const api = await request.get(`${base}/api/models`);
  expect(api.status()).toBe(503);
  expect(api.headers()["retry-after"]).toMatch(/^\d+$/);

  await page.goto(`${base}/models/llama-2-70b`);
  await expect(page.getByRole("heading", { level: 1, name: UNAVAILABLE })).toBeVisible();
  await expect(page).toHaveTitle("Temporarily unavailable · Open or closed?");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalogue" })).toBeVisible();
  const text = await page.locator("body").innerText();
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // Retrying while the database is still down says so, rather than looking ignored.
  const retry = page.getByRole("button", { name: "Try again" });
  await retry.click();
  await expect(page.getByRole("status")).toHaveText("Still unavailable after 1 retry; try again in a few seconds.");
  await expect(page.getByRole("heading", { level: 1, name: UNAVAILABLE })).toBeVisible();

  cluster.start();
  await expect.poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 20_000 }).toBe(200);
  await retry.click();
  await expect(page.getByRole("heading", { level: 1, name: "Llama 2 70B" })).toBeVisible();
  await expect(page).toHaveURL(`${base}/models/llama-2-70b`);
});
