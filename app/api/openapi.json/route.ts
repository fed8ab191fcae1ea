import { matchesEtag } from "@/lib/api/cache";
import { servedOpenApiDocument } from "@/lib/api/openapi";

/** GET /api/openapi.json: the API's OpenAPI 3.1 description, generated from its zod schemas once per process. */
export function GET(request: Request) {
  const { body, etag } = servedOpenApiDocument();
  const validators = { "Cache-Control": "public, max-age=3600", ETag: etag, Vary: "Accept-Encoding" };
  if (matchesEtag(request, etag)) return new Response(null, { status: 304, headers: validators });
  return new Response(body, { headers: { ...validators, "Content-Type": "application/json" } });
}
