import { apiRoute } from "@/lib/api/handler";
import { cachedResponse } from "@/lib/api/cache";
import { invalidQuery } from "@/lib/api/errors";
import { getInsights } from "@/lib/db/list-insight-models";
import { NOT_FOR_AGGREGATES } from "@/lib/schemas/catalogue-filters";
import { parseModelsQuery, type QueryIssue } from "@/lib/schemas/models-query";

export const dynamic = "force-dynamic";

/**
 * GET /api/stats: the insights charts' series for the models matching the
 * catalogue's filters (same params and schema as /api/models). Params the
 * filter registry marks as not for aggregates (page, pageSize, sort, format)
 * are rejected with 400, like any unknown param, so a caller never believes
 * they changed the result.
 */
export const GET = apiRoute(async (request) => {
  const params = new URL(request.url).searchParams;
  const notApplicable: QueryIssue[] = NOT_FOR_AGGREGATES.filter((p) => params.has(p)).map((param) => ({
    param,
    message: "does not apply to /api/stats (aggregates cover every matching model)",
  }));
  const parsed = parseModelsQuery(params);
  const issues = [...notApplicable, ...(parsed.ok ? [] : parsed.issues.filter((i) => !notApplicable.some((n) => n.param === i.param)))];
  if (issues.length > 0 || !parsed.ok) throw invalidQuery(issues);
  const query = parsed.query;
  // getInsights validates its result against statsResponseSchema (once per catalogue version and filter set).
  return cachedResponse(request, async () => Response.json(await getInsights(query)));
});
