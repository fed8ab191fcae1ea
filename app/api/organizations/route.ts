import { apiRoute } from "@/lib/api/handler";
import { cachedResponse } from "@/lib/api/cache";
import { rejectQuery } from "@/lib/api/errors";
import { listOrganizations } from "@/lib/db/list-licences";
import { organizationListSchema } from "@/lib/schemas/model-response";

export const dynamic = "force-dynamic";

/** GET /api/organizations: every organisation with its model count. */
export const GET = apiRoute(async (request) => {
  rejectQuery(request);
  return cachedResponse(request, async () => Response.json(organizationListSchema.parse({ items: await listOrganizations() })));
});
