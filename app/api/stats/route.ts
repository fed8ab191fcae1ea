import { apiRoute } from "@/lib/api/handler";
import { cachedResponse } from "@/lib/api/cache";
import { parseStatsQuery } from "@/lib/api/stats-query";
import { getInsights } from "@/lib/db/list-insight-models";

export const dynamic = "force-dynamic";

/**
 * GET /api/stats: the insights charts' series for the models matching the
 * catalogue's filters (same params and schema as /api/models; paging,
 * sorting and format are rejected).
 */
export const GET = apiRoute(async (request) => {
  const query = parseStatsQuery(request);
  // getInsights validates its result against statsResponseSchema (once per catalogue version and filter set).
  return cachedResponse(request, async () => Response.json(await getInsights(query)));
});
