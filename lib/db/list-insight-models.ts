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
import { getCatalogueVersion } from "./catalogue-version";
import { GPU_OPTIONS } from "./gpu-options";
import { buildModelWhere } from "./model-where";
import { detailInclude, toModelDetail } from "./mappers";
import { getDb } from "./prisma";

/** Every model matching the query's filters (sort and paging ignored), with its full record. */
export async function listInsightModels(q: ModelsQuery): Promise<ModelDetail[]> {
  const rows = await getDb().db.model.findMany({
    where: buildModelWhere(q),
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    include: detailInclude,
  });
  return rows.map(toModelDetail);
}

// The series change only when the catalogue is reloaded, and one request
// costs ~75 ms of database, aggregation and validation work (measured on
// the full catalogue), so results are kept per catalogue version and
// filter set. Small, because few filter sets are popular.
const MAX_CACHED = 32;
const cache = new Map<string, Promise<StatsResponse>>();

async function computeInsights(q: ModelsQuery): Promise<StatsResponse> {
  const models = await listInsightModels(q);
  const insights = buildInsights(models, GPU_OPTIONS, {
    components: OPENNESS_COMPONENTS,
    licenceCategories: LICENCE_CATEGORIES,
    commercialUse: COMMERCIAL_USE,
  });
  // Validated once per cache fill, so the page and the API serve the documented shape.
  return statsResponseSchema.parse(insights);
}

/** The insights charts' series for the models matching the query's filters. */
export async function getInsights(q: ModelsQuery): Promise<StatsResponse> {
  const filters = toSearchParams({ ...q, sort: undefined, page: undefined, pageSize: undefined }).toString();
  const key = `${await getCatalogueVersion()}|${filters}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // Re-insert: Map order is the LRU order.
    cache.set(key, hit);
    return hit;
  }
  const pending = computeInsights(q);
  cache.set(key, pending);
  pending.catch(() => cache.delete(key)); // A failure (e.g. database down) is not remembered.
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
  return pending;
}
