import { apiRoute } from "@/lib/api/handler";
import { invalidQuery } from "@/lib/api/errors";
import { cachedResponse } from "@/lib/api/cache";
import { ourResponse } from "@/lib/api/contract";
import { exportResponse } from "@/lib/api/export";
import { listModels } from "@/lib/db/list-models";
import { parseModelsQuery } from "@/lib/schemas/models-query";
import { modelListSchema } from "@/lib/schemas/model-response";

export const dynamic = "force-dynamic";

/** GET /api/models: the filtered, sorted, paged catalogue, or (format=csv|ndjson) all of it. */
export const GET = apiRoute(async (request) => {
  const parsed = parseModelsQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw invalidQuery(parsed.issues);
  const query = parsed.query;
  return cachedResponse(request, async () => {
    if (query.format !== "json") return exportResponse({ ...query, format: query.format });
    return Response.json(ourResponse(modelListSchema, await listModels(query)));
  });
});
