import "server-only";
// What /insights and GET /api/stats draw from: every model matching the
// catalogue's filters (no paging — the charts need all of them), shaped
// into chart series by lib/domain/insights.
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { buildInsights } from "@/lib/domain/insights/build-insights";
import { COMMERCIAL_USE, LICENCE_CATEGORIES, OPENNESS_COMPONENTS } from "@/lib/schemas/catalogue";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { statsResponseSchema, type StatsResponse } from "@/lib/schemas/stats-response";
import { catalogueMemo } from "./catalogue-memo";
import { GPU_OPTIONS } from "./gpu-options";
import { buildModelWhereWithTerms } from "./list-models";
import { detailInclude, toModelDetail } from "./mappers";
import { getDb } from "./prisma";

/** Every model matching the query's filters (sort and paging ignored), with its full record. */
export async function listInsightModels(q: ModelsQuery): Promise<ModelDetail[]> {
  const rows = await getDb().db.model.findMany({
    where: await buildModelWhereWithTerms(q),
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    include: detailInclude,
  });
  return rows.map(toModelDetail);
}

// The series change only when the catalogue is reloaded, and one request
// costs ~75 ms of database, aggregation and validation work (measured on
// the full catalogue), so results are memoised per catalogue version and
// filter set. Small, because few filter sets are popular.
const insights = catalogueMemo<StatsResponse>(32);

async function computeInsights(q: ModelsQuery): Promise<StatsResponse> {
  const models = await listInsightModels(q);
  const series = buildInsights(models, GPU_OPTIONS, {
    components: OPENNESS_COMPONENTS,
    licenceCategories: LICENCE_CATEGORIES,
    commercialUse: COMMERCIAL_USE,
  });
  // Validated once per memo fill, so the page and the API serve the documented shape.
  return statsResponseSchema.parse(series);
}

/** The insights charts' series for the models matching the query's filters. */
export function getInsights(q: ModelsQuery): Promise<StatsResponse> {
  const filters = toSearchParams({ ...q, sort: undefined, page: undefined, pageSize: undefined }).toString();
  return insights(filters, () => computeInsights(q));
}
