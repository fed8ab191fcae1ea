// The MCP SDK's own client against /api/mcp served over real HTTP.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll } from "vitest";
import { DELETE, GET, POST } from "@/app/api/mcp/route";
import { serveRoutes } from "./serve-routes";

export interface ToolAnswer {
  isError: boolean;
  /** The text blocks, in order: the summary, then the data as JSON. */
  texts: string[];
  structured: Record<string, unknown>;
  contentTypes: string[];
}

export interface McpSession {
  url: string;
  client: Client;
  call: (name: string, args: Record<string, unknown>) => Promise<ToolAnswer>;
}

/** For a describe block: serves the MCP route and connects a client, in beforeAll (after any database set-up). */
export function useMcpClient(): McpSession {
  const session = {} as McpSession;
  let close = () => Promise.resolve();
  beforeAll(async () => {
    const served = await serveRoutes({ "/api/mcp": { GET, POST, DELETE } });
    close = served.close;
    const client = new Client({ name: "open-or-closed-tests", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${served.url}/api/mcp`)));
    Object.assign(session, {
      url: served.url,
      client,
      call: async (name: string, args: Record<string, unknown>) => {
        const result = await client.callTool({ name, arguments: args });
        const content = result.content as Array<{ type: string; text?: string }>;
        return {
          isError: result.isError === true,
          texts: content.flatMap((c) => (c.type === "text" && c.text !== undefined ? [c.text] : [])),
          structured: (result.structuredContent ?? {}) as Record<string, unknown>,
          contentTypes: content.map((c) => c.type),
        };
      },
    });
  });
  afterAll(async () => {
    await session.client?.close();
    await close();
  });
  return session;
}
