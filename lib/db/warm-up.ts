import "server-only";
// After start-up, answer the catalogue's default page once in the background,
// so its rows and facet counts are memoised (per catalogue version) before
// the first visitor asks: at 100k models the first facet count of a query
// takes hundreds of milliseconds, every later one is a lookup.
import { withPageDefaults } from "@/lib/domain/catalogue-params";
import { parseModelsQueryLenient } from "@/lib/schemas/models-query";
import { countFacets } from "./facet-counts";
import { listModels } from "./list-models";

export async function warmDefaultPage(): Promise<void> {
  const shown = withPageDefaults(parseModelsQueryLenient({}).query);
  await Promise.all([listModels(shown), countFacets(shown)]);
}
