import { apiRoute } from "@/lib/api/handler";
import { invalidQuery } from "@/lib/api/errors";
import { cachedResponse } from "@/lib/api/cache";
import { getRecommendation } from "@/lib/db/recommend";
import { parseRecommendQuery } from "@/lib/schemas/recommend-query";
import { recommendResponseSchema } from "@/lib/schemas/recommend-response";

export const dynamic = "force-dynamic";

/** GET /api/recommend: the verdict, the ranked shortlist and the near misses for a person's constraints. */
export const GET = apiRoute(async (request) => {
  const parsed = parseRecommendQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw invalidQuery(parsed.issues);
  const query = parsed.query;
  return cachedResponse(request, async () => Response.json(recommendResponseSchema.parse(await getRecommendation(query))));
});
