// `npm run db:setup`: migrate and load the catalogue into DATABASE_URL's database.
import { readEnv } from "@/lib/schemas/env";
import { CatalogueError } from "./read-catalogue";
import { setupDatabase } from "./setup-database";

try {
  const env = readEnv();
  const config = env.DATABASE_URL;
  const { applied, load } = await setupDatabase(config, env.CATALOGUE_DIR);
  console.log(
    `Database ready (${config.provider}): ${applied.length ? `applied ${applied.join(", ")}` : "no pending migrations"}; ` +
      `catalogue ${load.status} (${load.models} models, version ${load.hash}; ${load.changes} change(s) recorded in the feed).`,
  );
} catch (error) {
  console.error(error instanceof CatalogueError ? error.message : `Database setup failed: ${(error as Error).message}`);
  process.exit(1);
}
