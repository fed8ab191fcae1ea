import { apiRoute } from "@/lib/api/handler";
import { handleMcpRequest } from "@/lib/mcp/server";

export const dynamic = "force-dynamic";

const NO_STORE = "no-store";

/** A JSON-RPC error answer at the HTTP level (before any MCP message is read). */
function rpcError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }, { status, headers: { "Cache-Control": NO_STORE, ...headers } });
}

/**
 * POST /api/mcp: one MCP message (Streamable HTTP, stateless, answered as JSON).
 * Browsers send Origin; one from another site is refused, as the MCP spec asks against DNS rebinding.
 */
export const POST = apiRoute(async (request) => {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(request.url).origin) return rpcError(403, "Cross-origin requests are not accepted.");
  const response = await handleMcpRequest(request);
  response.headers.set("Cache-Control", NO_STORE);
  return response;
});

/** GET /api/mcp: a stateless server opens no event stream; the spec's answer is 405. */
export const GET = apiRoute(() => Promise.resolve(rpcError(405, "This MCP server is stateless: POST each message.", { Allow: "POST" })));

/** DELETE /api/mcp: there is no session to end. */
export const DELETE = GET;
