import "server-only";
// What a tool answers: a short text for the model to read, the same data as
// JSON text (for clients without structured content) and as structured
// content. Failures are tool errors in the API's one error shape, so an
// agent can correct a bad argument; nothing internal leaks.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { errorBody } from "@/lib/api/errors";
import { toApiError } from "@/lib/api/handler";

export function toolResult(summary: string, data: Record<string, unknown>): CallToolResult {
  return {
    content: [
      { type: "text", text: summary },
      { type: "text", text: JSON.stringify(data) },
    ],
    structuredContent: data,
  };
}

export function toolError(error: unknown): CallToolResult {
  const body = errorBody(toApiError(error));
  const issues = body.error.issues?.map((i) => `${i.param}: ${i.message}`).join("; ");
  return {
    content: [{ type: "text", text: `${body.error.code}: ${body.error.message}${issues ? ` (${issues})` : ""}` }],
    structuredContent: body,
    isError: true,
  };
}

/** Runs a tool's work; any failure becomes a tool error, never a crash or a stack trace. */
export async function runTool(work: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await work();
  } catch (error) {
    return toolError(error);
  }
}

/** Catalogue text quoted as data: a name cannot break a summary line or pose as an instruction. */
export const quote = (text: string) => JSON.stringify(text);
