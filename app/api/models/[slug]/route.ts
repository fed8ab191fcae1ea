import { apiRoute } from "@/lib/api/handler";
import { invalidQuery, notFound, rejectQuery } from "@/lib/api/errors";
import { cachedResponse } from "@/lib/api/cache";
import { ourResponse } from "@/lib/api/contract";
import { getModel } from "@/lib/db/get-model";
import { modelDetailSchema } from "@/lib/schemas/model-response";
import { slugSchema } from "@/lib/schemas/models-query";

export const dynamic = "force-dynamic";

/** GET /api/models/{slug}: one model's full, sourced record. */
export const GET = apiRoute<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  const { slug } = await params;
  if (!slugSchema.safeParse(slug).success) throw invalidQuery([{ param: "slug", message: "must be a model slug (kebab-case)" }]);
  rejectQuery(request);
  return cachedResponse(request, async () => {
    const model = await getModel(slug);
    if (!model) throw notFound(`No model with slug "${slug}"`);
    return Response.json(ourResponse(modelDetailSchema, model));
  });
});
