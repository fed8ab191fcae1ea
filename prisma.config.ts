// Prisma CLI configuration. Only `prisma generate` is used: migrations run
// through the WASM schema engine (prisma/scripts/migrate.ts).
import { defineConfig } from "prisma/config";

// NOTE: the CLI wants a schema-engine binary even for `generate`, which never
// runs it; the download fails offline. Any executable satisfies the check.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";

export default defineConfig({
  schema: "prisma/sqlite/schema.prisma",
});
