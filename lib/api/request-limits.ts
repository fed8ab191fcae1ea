// Bounds on what a client may send, checked in proxy.ts before any route
// runs. The API is read-only, so anything but GET/HEAD is refused there;
// the MCP endpoint alone takes POST (JSON-RPC bodies), still read-only.
import { errorBody, type ErrorCode } from "./errors";

/** Longest query string accepted; the longest legitimate catalogue query is far shorter. */
export const MAX_QUERY_CHARS = 4096;
/** Largest request body accepted anywhere (only /api/mcp reads one: a JSON-RPC message). */
export const MAX_BODY_BYTES = 16 * 1024;

const API_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** The MCP endpoint (Streamable HTTP): clients POST JSON-RPC messages to it. */
export const MCP_PATH = "/api/mcp";

type Limited = { status: number; code: ErrorCode; message: string; headers?: Record<string, string> };

/** The first limit `request` breaks, or null; API errors use the one JSON error shape. */
export function checkRequestLimits(request: { method: string; url: URL; headers: Headers }): Limited | null {
  const isApi = request.url.pathname.startsWith("/api/");
  const length = Number(request.headers.get("content-length") ?? 0);
  // Chunked bodies without a length are cut at proxyClientMaxBodySize (next.config.ts).
  if (length > MAX_BODY_BYTES)
    return { status: 413, code: "payload_too_large", message: `Request bodies are limited to ${MAX_BODY_BYTES} bytes.` };
  if (request.url.pathname === MCP_PATH) {
    if (request.method !== "POST" && !API_METHODS.has(request.method))
      return { status: 405, code: "method_not_allowed", message: "The MCP endpoint takes POST.", headers: { Allow: "POST" } };
  } else if (isApi && !API_METHODS.has(request.method))
    return { status: 405, code: "method_not_allowed", message: "The API is read-only: use GET.", headers: { Allow: "GET, HEAD" } };
  // Next decodes path segments itself and answers a bare 500 when it cannot.
  if (!decodes(request.url.pathname))
    return { status: 400, code: "invalid_query", message: "The path is not valid percent-encoded UTF-8." };
  // url.search includes the leading "?"; the raw (percent-encoded) length is what the server holds.
  if (request.url.search.length - 1 > MAX_QUERY_CHARS)
    return { status: isApi ? 400 : 414, code: "invalid_query", message: `The query string is limited to ${MAX_QUERY_CHARS} characters.` };
  return null;
}

/** The limit as a response: JSON `{ error: { code, message } }` for the API, text elsewhere. */
export function limitResponse(limit: Limited, isApi: boolean): Response {
  if (isApi) return Response.json(errorBody(limit), { status: limit.status, headers: limit.headers });
  return new Response(limit.message, { status: limit.status, headers: { "Content-Type": "text/plain; charset=utf-8", ...limit.headers } });
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
