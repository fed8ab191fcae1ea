// Runs before every route (Next 16's successor to middleware): enforces the
// request limits and sets the security headers, with a fresh CSP nonce per
// page request. Next reads the nonce from the request's CSP header and adds
// it to its own scripts. https://nextjs.org/docs/app/guides/content-security-policy
import { NextResponse, type NextRequest } from "next/server";
import { waitForTurn } from "@/lib/api/fair-turns";
import { checkRequestLimits, limitResponse } from "@/lib/api/request-limits";
import {
  HSTS_VALUE,
  NON_DOCUMENT_CSP,
  STATIC_SECURITY_HEADERS,
  createNonce,
  documentCsp,
  isHttps,
} from "@/lib/api/security-headers";

/** Adds the CSP (and the other headers, for responses the proxy makes itself). */
export async function proxy(request: NextRequest) {
  await waitForTurn();
  const url = request.nextUrl;
  const https = isHttps(url, request.headers);
  // The Atom feed is data, like the API: no page CSP, errors as JSON.
  const isApi = url.pathname.startsWith("/api/") || url.pathname === "/feed.xml";

  const limit = checkRequestLimits({ method: request.method, url, headers: request.headers });
  if (limit) return withHeaders(limitResponse(limit, isApi), NON_DOCUMENT_CSP, https);

  // Next's own trailing-slash redirect (turned off in next.config.ts) skips every header; this one keeps them.
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) {
    // A plain URL on our own origin: NextURL would put the slash back, and "//host" must not become a host.
    const target = new URL(request.url);
    target.pathname = url.pathname.replace(/\/+$/, "") || "/";
    return withHeaders(NextResponse.redirect(target, 308), NON_DOCUMENT_CSP, https);
  }

  if (isApi) return withHeaders(NextResponse.next(), NON_DOCUMENT_CSP, https);

  const nonce = createNonce();
  const csp = documentCsp(nonce, { https, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, https);
}

function withHeaders<R extends Response>(response: R, csp: string, https: boolean): R {
  response.headers.set("Content-Security-Policy", csp);
  // next.config.ts headers() also sets these on every route; a response made here skips them.
  for (const { key, value } of STATIC_SECURITY_HEADERS) response.headers.set(key, value);
  if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

export const config = {
  // Static files need no nonce; next.config.ts gives them the non-document CSP.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
