import { apiRoute } from "@/lib/api/handler";
import { invalidQuery } from "@/lib/api/errors";
import { listModels } from "@/lib/db/list-models";
import { parseModelsQuery } from "@/lib/schemas/models-query";
import { modelListSchema } from "@/lib/schemas/model-response";

export const dynamic = "force-dynamic";

/** GET /api/models: the filtered, sorted, paged catalogue. */
export const GET = apiRoute(async (request) => {
  const parsed = parseModelsQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw invalidQuery(parsed.issues);
  const body = modelListSchema.parse(await listModels(parsed.query));
  return Response.json(body);
});
