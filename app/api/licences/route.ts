import { apiRoute } from "@/lib/api/handler";
import { cachedResponse } from "@/lib/api/cache";
import { rejectQuery } from "@/lib/api/errors";
import { listLicences } from "@/lib/db/list-licences";
import { licenceListSchema } from "@/lib/schemas/model-response";

export const dynamic = "force-dynamic";

/** GET /api/licences: every licence with its terms and model count. */
export const GET = apiRoute(async (request) => {
  rejectQuery(request);
  return cachedResponse(request, async () => Response.json(licenceListSchema.parse({ items: await listLicences() })));
});
