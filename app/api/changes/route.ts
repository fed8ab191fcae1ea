import { apiRoute } from "@/lib/api/handler";
import { invalidQuery } from "@/lib/api/errors";
import { cachedResponse } from "@/lib/api/cache";
import { listChanges } from "@/lib/db/list-changes";
import { parseChangesQuery } from "@/lib/schemas/changes-query";

export const dynamic = "force-dynamic";

/** GET /api/changes: what catalogue loads changed, newest first, paged; `model=` or `org=` to follow one. */
export const GET = apiRoute(async (request) => {
  const parsed = parseChangesQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw invalidQuery(parsed.issues);
  const query = parsed.query;
  return cachedResponse(request, async () => Response.json(await listChanges(query)));
});
