// Browser tests on a hostile catalogue (tests/fixtures/hostile-catalogue.ts):
// the fixture catalogue (tests/fixtures/fixture-catalogue.ts) plus records full of markup, javascript: links and
// spreadsheet formulas, served by its own production server and database.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const PORT = Number(process.env.HOSTILE_E2E_PORT ?? 3246);
// Tells tests/e2e/hostile.spec.ts that this server has the hostile data (the default config skips it).
process.env.HOSTILE_E2E = "1";

export default defineConfig({
  ...base,
  testMatch: /hostile\.spec\.ts$/,
  testIgnore: [],
  outputDir: "test-results/hostile",
  projects: base.projects?.filter((p) => p.name === "desktop"),
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command:
      `rm -f data/hostile-${PORT}.db && tsx tests/fixtures/hostile-catalogue.ts data/hostile-catalogue-${PORT} && ` +
      `tsx prisma/scripts/setup.ts && next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { DATABASE_URL: `file:./data/hostile-${PORT}.db`, CATALOGUE_DIR: `data/hostile-catalogue-${PORT}` },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
