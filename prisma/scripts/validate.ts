// `npm run catalogue:validate`: checks every catalogue file, writes nothing.
import { CatalogueError, readCatalogue } from "./read-catalogue";

try {
  const catalogue = readCatalogue();
  console.log(
    `Catalogue OK: ${catalogue.models.length} models, ${catalogue.licences.length} licences, ${catalogue.organizations.length} organizations.`,
  );
} catch (error) {
  if (!(error instanceof CatalogueError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
