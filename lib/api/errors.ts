// One error type and one error shape for every API response.
import type { QueryIssue } from "@/lib/schemas/models-query";

export type ErrorCode =
  | "invalid_query"
  | "not_found"
  | "method_not_allowed"
  | "payload_too_large"
  | "database_unavailable"
  | "internal_error";

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

export function errorBody(e: ApiError) {
  return { error: { code: e.code, message: e.message, ...(e.issues && { issues: e.issues }) } };
}

/** For endpoints that take no parameters: a typo should not pass silently. */
export function rejectQuery(request: Request): void {
  const params = [...new URL(request.url).searchParams.keys()];
  if (params.length > 0) throw invalidQuery(params.map((param) => ({ param, message: "unknown parameter" })));
}
