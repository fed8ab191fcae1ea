import { apiRoute } from "@/lib/api/handler";
import { notFound } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

/** Any /api path without a route: the API's JSON 404, not the site's HTML page. */
export const GET = apiRoute(() => Promise.reject(notFound("No such API endpoint; see /api/openapi.json.")));
