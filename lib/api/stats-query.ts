import "server-only";
// The query of GET /api/stats and /api/stats/{part}: the catalogue's filters,
// parsed by its schema; params the filter registry marks as not for
// aggregates (page, pageSize, sort, format) are rejected with 400, like any
// unknown param, so a caller never believes they changed the result.
import { invalidQuery } from "./errors";
import { NOT_FOR_AGGREGATES } from "@/lib/schemas/catalogue-filters";
import { parseModelsQuery, type ModelsQuery, type QueryIssue } from "@/lib/schemas/models-query";

export function parseStatsQuery(request: Request): ModelsQuery {
  const params = new URL(request.url).searchParams;
  const notApplicable: QueryIssue[] = NOT_FOR_AGGREGATES.filter((p) => params.has(p)).map((param) => ({
    param,
    message: "does not apply to /api/stats (aggregates cover every matching model)",
  }));
  const parsed = parseModelsQuery(params);
  const issues = [...notApplicable, ...(parsed.ok ? [] : parsed.issues.filter((i) => !notApplicable.some((n) => n.param === i.param)))];
  if (issues.length > 0 || !parsed.ok) throw invalidQuery(issues);
  return parsed.query;
}
