import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside a React server bundle; tests run server code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only-stub.ts"),
};

const apiProject = (provider: "sqlite" | "postgresql") => ({
  resolve: { alias },
  test: {
    name: `api-${provider}`,
    include: ["tests/api/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/helpers/api-global-setup.ts"],
    setupFiles: ["tests/helpers/api-setup.ts"],
    env: { TEST_DB_PROVIDER: provider },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      apiProject("sqlite"),
      apiProject("postgresql"),
    ],
  },
});
