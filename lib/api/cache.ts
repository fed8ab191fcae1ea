import "server-only";
// HTTP caching for a catalogue that changes only when it is reloaded: the
// ETag is the catalogue version plus the request's query, so a CDN or a
// browser can revalidate cheaply and get 304 Not Modified.
import { createHash } from "node:crypto";
import { getCatalogueVersion } from "@/lib/db/catalogue-version";

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

function etagFor(version: string, request: Request): string {
  const url = new URL(request.url);
  url.searchParams.sort();
  const digest = createHash("sha1").update(`${version}|${url.pathname}|${url.search}`).digest("base64url").slice(0, 20);
  return `W/"${version}-${digest}"`;
}

/** True when the request's If-None-Match names `etag` (or is `*`). */
export function matchesEtag(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header === "*" || header.split(",").some((tag) => tag.trim() === etag);
}

/** Answers 304 when the client's copy is current; otherwise builds the response with validators. */
export async function cachedResponse(request: Request, build: () => Promise<Response>): Promise<Response> {
  const etag = etagFor(await getCatalogueVersion(), request);
  const validators = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" };
  if (matchesEtag(request, etag)) return new Response(null, { status: 304, headers: validators });
  const response = await build();
  for (const [name, value] of Object.entries(validators)) response.headers.set(name, value);
  return response;
}
