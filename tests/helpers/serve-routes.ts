// Serves route handlers over real HTTP (node:http), with the proxy's request
// limits in front, so an HTTP client — the MCP SDK's own — can drive them.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { checkRequestLimits, limitResponse } from "@/lib/api/request-limits";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type Routes = Record<string, Partial<Record<"GET" | "POST" | "DELETE", Handler>>>;

async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function answer(routes: Routes, message: IncomingMessage, origin: string): Promise<Response> {
  const url = new URL(message.url ?? "/", origin);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) if (typeof value === "string") headers.set(name, value);
  const limit = checkRequestLimits({ method: message.method ?? "GET", url, headers });
  if (limit) return limitResponse(limit, url.pathname.startsWith("/api/"));
  const handler = routes[url.pathname]?.[message.method as "GET" | "POST" | "DELETE"];
  if (!handler) return Response.json({ error: { code: "not_found", message: "no route" } }, { status: 404 });
  const body = message.method === "GET" || message.method === "HEAD" ? undefined : new Uint8Array(await readBody(message));
  return handler(new Request(url, { method: message.method, headers, body }), { params: Promise.resolve({}) });
}

/** Starts a server on a free loopback port; `close` stops it. */
export async function serveRoutes(routes: Routes): Promise<{ url: string; close: () => Promise<void> }> {
  let origin = "";
  const server = createServer((message, res) => {
    answer(routes, message, origin)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        res.writeHead(599).end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: origin, close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))) };
}
