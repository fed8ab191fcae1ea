import "server-only";
// The query of the aggregate endpoints (/api/stats, /api/facets): the
// catalogue's filters, parsed by the catalogue's own schema. Parameters the
// filter registry marks as not for aggregates (page, pageSize, sort, format)
// are refused with 400, like an unknown one, so that a caller never believes
// they changed the result.
import { NOT_FOR_AGGREGATES } from "@/lib/schemas/catalogue-filters";
import { parseModelsQuery, type ModelsQuery, type QueryIssue } from "@/lib/schemas/models-query";
import { invalidQuery } from "./errors";

/** The request's filters, or an ApiError (invalid_query) naming every offending parameter. */
export function parseAggregateQuery(request: Request, endpoint: string): ModelsQuery {
  const params = new URL(request.url).searchParams;
  const notApplicable: QueryIssue[] = NOT_FOR_AGGREGATES.filter((p) => params.has(p)).map((param) => ({
    param,
    message: `does not apply to ${endpoint} (aggregates cover every matching model)`,
  }));
  const parsed = parseModelsQuery(params);
  const issues = [...notApplicable, ...(parsed.ok ? [] : parsed.issues.filter((i) => !notApplicable.some((n) => n.param === i.param)))];
  if (issues.length > 0 || !parsed.ok) throw invalidQuery(issues);
  return parsed.query;
}
