// GET /api/facets: per facet filter, how many models each of its values keeps under the other filters.
import { z } from "zod";
import { FACET_FILTERS } from "./catalogue-filters";

export const facetCountsSchema = z.object({
  facets: z
    .partialRecord(z.enum(FACET_FILTERS as [string, ...string[]]), z.record(z.string(), z.number().int().nonnegative()))
    .describe(
      "Per filter, per value, the number of models that value keeps. An any-of filter (access, licence…) is counted under every other active filter but not its own; an all-of filter (capabilities, inputModalities) under all of them, its own included. Booleans count \"true\" and \"false\"; licences and organisations list the slugs that occur.",
    ),
});

/** Not inferred from the schema: client code imports the type alone, never zod. */
export interface FacetCounts {
  facets: Partial<Record<string, Record<string, number>>>;
}
