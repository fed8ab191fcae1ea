import { buildOpenApiDocument } from "@/lib/api/openapi";

/** GET /api/openapi.json: the API's OpenAPI 3.1 description, generated from its zod schemas. */
export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
