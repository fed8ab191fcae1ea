import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  // Hostile-data tests need their own server and catalogue: playwright.hostile.config.ts.
  testIgnore: /hostile\.spec\.ts$/,
  outputDir: `test-results/${PORT}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"]],
  // Generous waits: the box runs several suites at once on 2 cores, and a wait that
  // passes late still fails when the feature is broken (axe alone took >30 s under load).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "mobile", use: { ...devices["Pixel 7"], defaultBrowserType: "chromium" }, grep: /@mobile/ },
  ],
  webServer: {
    // A fresh embedded database for the run, migrated and loaded by the same setup `npm start` uses,
    // with the fixture catalogue (tests/fixtures/fixture-catalogue.ts), never the real one:
    // a data change cannot break a journey.
    command:
      `rm -f data/e2e-${PORT}.db && tsx tests/fixtures/fixture-catalogue.ts data/e2e-catalogue-${PORT} && ` +
      `tsx prisma/scripts/setup.ts && next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { DATABASE_URL: `file:./data/e2e-${PORT}.db`, CATALOGUE_DIR: `data/e2e-catalogue-${PORT}` },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
