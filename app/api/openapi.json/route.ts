import { matchesEtag } from "@/lib/api/cache";
import { rejectQuery } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { servedOpenApiDocument } from "@/lib/api/openapi";

/** GET /api/openapi.json: the API's OpenAPI 3.1 description, generated from its zod schemas once per process. */
export const GET = apiRoute((request) => {
  rejectQuery(request); // like every endpoint without parameters: an unknown one is a 400, not silently ignored
  const { body, etag } = servedOpenApiDocument();
  const validators = { "Cache-Control": "public, max-age=3600", ETag: etag, Vary: "Accept-Encoding" };
  if (matchesEtag(request, etag)) return Promise.resolve(new Response(null, { status: 304, headers: validators }));
  return Promise.resolve(new Response(body, { headers: { ...validators, "Content-Type": "application/json" } }));
});
