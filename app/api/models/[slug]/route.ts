import { apiRoute } from "@/lib/api/handler";
import { invalidQuery, notFound, rejectQuery } from "@/lib/api/errors";
import { cachedResponse } from "@/lib/api/cache";
import { getModel } from "@/lib/db/get-model";
import { SLUG_PATTERN } from "@/lib/schemas/catalogue";
import { modelDetailSchema } from "@/lib/schemas/model-response";

export const dynamic = "force-dynamic";

/** GET /api/models/{slug}: one model's full, sourced record. */
export const GET = apiRoute<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  const { slug } = await params;
  if (slug.length > 100 || !SLUG_PATTERN.test(slug)) throw invalidQuery([{ param: "slug", message: "must be a model slug (kebab-case)" }]);
  rejectQuery(request);
  return cachedResponse(request, async () => {
    const model = await getModel(slug);
    if (!model) throw notFound(`No model with slug "${slug}"`);
    return Response.json(modelDetailSchema.parse(model));
  });
});
