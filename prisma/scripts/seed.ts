// `npm run db:seed`: validates the catalogue files and loads them into
// DATABASE_URL's database. A bad file is named with its field and reason,
// and nothing is written.
import { createPrismaClient } from "@/lib/db/prisma";
import { loadCatalogue } from "@/lib/db/load-catalogue";
import { readEnv } from "@/lib/schemas/env";
import { CatalogueError, readCatalogue } from "./read-catalogue";

let catalogue;
try {
  catalogue = readCatalogue(readEnv().CATALOGUE_DIR);
} catch (error) {
  if (!(error instanceof CatalogueError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const config = readEnv().DATABASE_URL;
const db = createPrismaClient(config);
try {
  const result = await loadCatalogue(db, catalogue);
  console.log(`Catalogue ${result.status}: ${result.models} models, version ${result.hash} (${config.provider}); ${result.changes} change(s) recorded in the feed`);
} finally {
  await db.$disconnect();
}
