import { apiRoute, RETRY_AFTER_SECONDS } from "@/lib/api/handler";
import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** GET /api/health: database reachable, provider, migration state, catalogue version. */
export const GET = apiRoute(async () => {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(health.status === "ok" ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }) },
  });
});
