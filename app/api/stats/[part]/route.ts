import { apiRoute } from "@/lib/api/handler";
import { cachedResponse } from "@/lib/api/cache";
import { notFound } from "@/lib/api/errors";
import { parseAggregateQuery } from "@/lib/api/aggregate-query";
import { getInsights } from "@/lib/db/list-insight-models";
import { STATS_PARTS, type StatsPart } from "@/lib/schemas/stats-response";

export const dynamic = "force-dynamic";

const isPart = (part: string): part is StatsPart => (STATS_PARTS as readonly string[]).includes(part);

/**
 * GET /api/stats/{part}: one chart's series from GET /api/stats (same filters),
 * so a page can load a data table when it is opened instead of inlining it.
 */
export const GET = apiRoute<{ params: Promise<{ part: string }> }>(async (request, { params }) => {
  const { part } = await params;
  if (!isPart(part)) throw notFound(`No stats part "${part.slice(0, 60)}"; one of ${STATS_PARTS.join(", ")}`);
  const query = parseAggregateQuery(request, "/api/stats");
  return cachedResponse(request, async () => Response.json((await getInsights(query))[part]));
});
