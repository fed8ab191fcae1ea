import "server-only";
// The one wrapper for route handlers: errors leave as JSON in one shape,
// with the right status; nothing a client sends produces a 500.
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { ApiError, errorBody } from "./errors";

export const RETRY_AFTER_SECONDS = 5;

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Any thrown value as the API error a client sees; a bug is logged and leaves as a bare internal_error. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isDatabaseUnavailable(error))
    return new ApiError(503, "database_unavailable", `The database is unavailable; try again in ${RETRY_AFTER_SECONDS} seconds.`);
  console.error("Unhandled API error", error);
  return new ApiError(500, "internal_error", "Something went wrong on our side.");
}

export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      const e = toApiError(error);
      const headers = e.code === "database_unavailable" ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : undefined;
      return Response.json(errorBody(e), { status: e.status, headers });
    }
  };
}
