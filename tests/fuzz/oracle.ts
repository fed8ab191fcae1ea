// What every API response must look like, whatever was asked: 2xx, 304,
// 400 or 404; errors in the one documented JSON shape; never a 5xx, never
// a stack trace or database internals.
import type { FuzzRequest } from "./arbitraries";

export interface FuzzResponse {
  status: number;
  headers: Headers;
  text: string;
}

const ERROR_CODES: Record<number, string> = { 400: "invalid_query", 404: "not_found" };
// Text no client input produces, but a leaked stack trace or query would.
const LEAKS = /node_modules|\.tsx?:\d+|\.js:\d+|prisma|PrismaClient|SQLITE_|\bat async\b|\n\s+at [\w.<]+ \(/i;

function isErrorShape(body: unknown, status: number): string | null {
  if (typeof body !== "object" || body === null || Object.keys(body).join() !== "error") return "body is not { error }";
  const error = (body as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return "error is not an object";
  const { code, message, issues, ...extra } = error as Record<string, unknown>;
  if (Object.keys(extra).length > 0) return `unexpected keys in error: ${Object.keys(extra).join(", ")}`;
  if (code !== ERROR_CODES[status]) return `code ${String(code)} for status ${status}`;
  if (typeof message !== "string" || message.length === 0) return "message missing";
  if (issues !== undefined) {
    if (!Array.isArray(issues) || issues.length === 0) return "issues is not a non-empty array";
    for (const issue of issues as unknown[]) {
      const keys = typeof issue === "object" && issue !== null ? Object.keys(issue).sort().join() : "";
      const { param, message: m } = (issue ?? {}) as Record<string, unknown>;
      if (keys !== "message,param" || typeof param !== "string" || typeof m !== "string") return `bad issue ${JSON.stringify(issue)}`;
    }
  }
  return null;
}

const OUR_FAILURES = /went wrong on our side|database is unavailable/i;

/**
 * The MCP endpoint answers JSON-RPC: 200 with a result or an error object, or 400 for a message
 * it cannot read. A tool's failure is a result with isError and the API's error shape, and only
 * for the client's mistakes (invalid_query, not_found): never internal_error.
 */
function checkMcp(status: number, type: string, text: string): string[] {
  if (status === 202 && text === "") return []; // a notification or a response: nothing to answer
  if (![200, 400].includes(status)) return [`status ${status}`];
  if (!type.includes("application/json")) return [`content-type ${type}`];
  if (LEAKS.test(text)) return [`internals leaked: ${text.slice(0, 200)}`];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return ["body is not JSON"];
  }
  for (const message of Array.isArray(body) ? body : [body]) {
    const { jsonrpc, result, error } = (message ?? {}) as { jsonrpc?: string; result?: Record<string, unknown>; error?: { code?: unknown; message?: unknown } };
    if (jsonrpc !== "2.0") return ["not a JSON-RPC message"];
    if (error) {
      if (typeof error.code !== "number" || typeof error.message !== "string") return [`bad JSON-RPC error ${JSON.stringify(error)}`];
      // NOTE: the SDK answers malformed protocol params with -32603 rather than -32602 (zod's issue
      // list for an initialize without clientInfo, "Invalid URL" for resources/read of ""); those
      // are tolerated. Our own failures say so in words (lib/api/handler.ts) and are not.
      if (error.code === -32603 && OUR_FAILURES.test(String(error.message))) return [`internal error: ${String(error.message)}`];
      continue;
    }
    if (status !== 200 || typeof result !== "object" || result === null) return ["no result"];
    if (result.isError === true) {
      const structured = result.structuredContent as { error?: { code?: string } } | undefined;
      const code = structured?.error?.code;
      // The SDK's own refusals (unknown tool) carry text only; ours carry the API's error shape.
      if (code !== undefined && code !== "invalid_query" && code !== "not_found") return [`tool error ${code}`];
      if (code !== undefined) {
        const shape = isErrorShape(structured, code === "not_found" ? 404 : 400);
        if (shape) return [shape];
      }
    }
  }
  return [];
}

/** Every way `response` breaks the API's contract for `request` (empty when it keeps it). */
export function checkResponse(request: FuzzRequest, response: FuzzResponse, options: { overHttp: boolean }): string[] {
  const problems: string[] = [];
  const { status, headers, text } = response;
  const type = headers.get("content-type") ?? "";
  if (options.overHttp) {
    if (headers.get("x-content-type-options") !== "nosniff") problems.push("no nosniff header");
    if (!headers.get("content-security-policy")?.includes("frame-ancestors 'none'")) problems.push("no CSP header");
  }
  if (request.endpoint === "mcp") return [...problems, ...checkMcp(status, type, text)];
  // A path that URL normalisation gives a trailing slash ("/api/models/%2e%2e" is sent as "/api/")
  // gets a same-origin redirect to the canonical path; anything else must be a documented status.
  const pathname = new URL(request.path, "http://x").pathname;
  const location = headers.get("location");
  if (status === 308 && pathname.endsWith("/") && location && new URL(location, "http://x").pathname === (pathname.replace(/\/+$/, "") || "/"))
    return problems;
  if (![200, 304, 400, 404].includes(status)) problems.push(`status ${status}`);
  if (status !== 200 && LEAKS.test(text)) problems.push(`internals leaked: ${text.slice(0, 200)}`);
  if (status === 304) {
    if (!request.ifNoneMatch) problems.push("304 without If-None-Match");
    if (text !== "") problems.push("304 with a body");
    return problems;
  }
  if (status === 400 || status === 404) {
    if (!type.includes("application/json")) problems.push(`error content-type ${type}`);
    try {
      const shape = isErrorShape(JSON.parse(text), status);
      if (shape) problems.push(shape);
    } catch {
      problems.push("error body is not JSON");
    }
    return problems;
  }
  if (status !== 200) return problems;
  if (request.endpoint === "export") {
    if (!/^(text\/csv|application\/x-ndjson)/.test(type)) problems.push(`export content-type ${type}`);
    return problems;
  }
  try {
    const body = JSON.parse(text) as { items?: unknown[]; pageSize?: number };
    if (request.endpoint === "models") {
      const pageSize = body.pageSize ?? 0;
      if (!Array.isArray(body.items) || body.items.length > pageSize || pageSize > 100) problems.push(`page of ${body.items?.length} items, pageSize ${pageSize}`);
    }
  } catch {
    problems.push(`200 body is not JSON (${type})`);
  }
  return problems;
}
