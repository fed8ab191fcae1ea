import "server-only";
// The one wrapper for route handlers: errors leave as JSON in one shape,
// with the right status; nothing a client sends produces a 500.
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { ApiError, errorBody } from "./errors";

export const RETRY_AFTER_SECONDS = 5;

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return Response.json(errorBody(error), { status: error.status });
      if (isDatabaseUnavailable(error)) {
        const e = new ApiError(503, "database_unavailable", "The database is unavailable; try again shortly.");
        return Response.json(errorBody(e), { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } });
      }
      console.error("Unhandled API error", error);
      const e = new ApiError(500, "internal_error", "Something went wrong on our side.");
      return Response.json(errorBody(e), { status: 500 });
    }
  };
}
