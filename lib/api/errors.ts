// One error type and one error shape for every API response.
import type { QueryIssue } from "@/lib/schemas/models-query";

/** Every error code the API answers with, and what it means (the OpenAPI document lists these). */
export const ERROR_CODES = {
  invalid_query: "Invalid input; `issues` names each offending parameter.",
  not_found: "Unknown model slug or API path.",
  method_not_allowed: "The API is read-only: GET and HEAD only.",
  payload_too_large: "Request body over the size limit.",
  database_unavailable: "Database unavailable; retry after the `Retry-After` seconds.",
  internal_error: "A bug on our side.",
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: QueryIssue[],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function invalidQuery(issues: QueryIssue[]): ApiError {
  const names = [...new Set(issues.map((i) => i.param))].join(", ");
  return new ApiError(400, "invalid_query", `Invalid query parameter(s): ${names}`, issues);
}

export function notFound(what: string): ApiError {
  return new ApiError(404, "not_found", what);
}

/** The one error shape: `{ error: { code, message, issues? } }`. */
export function errorBody(e: { code: ErrorCode; message: string; issues?: QueryIssue[] }) {
  return { error: { code: e.code, message: e.message, ...(e.issues && { issues: e.issues }) } };
}

/** For endpoints that take no parameters: a typo should not pass silently. */
export function rejectQuery(request: Request): void {
  const params = [...new URL(request.url).searchParams.keys()];
  if (params.length > 0) throw invalidQuery(params.map((param) => ({ param, message: "unknown parameter" })));
}
