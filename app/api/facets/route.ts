import { apiRoute } from "@/lib/api/handler";
import { cachedResponse } from "@/lib/api/cache";
import { parseAggregateQuery } from "@/lib/api/aggregate-query";
import { countFacets } from "@/lib/db/facet-counts";
import { facetCountsSchema } from "@/lib/schemas/facets-response";

export const dynamic = "force-dynamic";

/**
 * GET /api/facets: for each facet filter (access, licence, capabilities…),
 * how many models each value keeps under the other filters — the numbers
 * beside the catalogue's checkboxes. Same params as /api/models but page,
 * pageSize, sort and format, which are refused.
 */
export const GET = apiRoute(async (request) => {
  const query = parseAggregateQuery(request, "/api/facets");
  return cachedResponse(request, async () => Response.json(facetCountsSchema.parse(await countFacets(query))));
});
