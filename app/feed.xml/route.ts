import { apiRoute } from "@/lib/api/handler";
import { invalidQuery } from "@/lib/api/errors";
import { cachedResponse } from "@/lib/api/cache";
import { changeFeedXml } from "@/lib/api/change-feed";
import { latestChangeAt, listChanges } from "@/lib/db/list-changes";
import { parseChangesQuery } from "@/lib/schemas/changes-query";

export const dynamic = "force-dynamic";

/** GET /feed.xml: the change feed as Atom, newest entries; `?model=slug` or `?org=slug` to follow one. Bad params: JSON 400 like the API. */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const parsed = parseChangesQuery(url.searchParams, { feed: true });
  if (!parsed.ok) throw invalidQuery(parsed.issues);
  const query = parsed.query;
  return cachedResponse(request, async () => {
    const [{ items }, latest] = await Promise.all([listChanges(query), latestChangeAt(query)]);
    const modelName = items.find((c) => c.model)?.model?.name;
    const xml = changeFeedXml(items, { origin: url.origin, query, updated: latest, modelName });
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
  });
});
