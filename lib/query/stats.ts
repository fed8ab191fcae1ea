// One part of the insights series (GET /api/stats/{part}): fetcher, query
// options and hook in one place. The insights page loads its data tables,
// lists and heatmap through this when they are opened or scrolled to.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { StatsPart, StatsResponse } from "@/lib/schemas/stats-response";
import { queryKeys } from "./keys";
import { ApiRequestError } from "./models";

export async function fetchStatsPart<P extends StatsPart>(part: P, filters: string, signal?: AbortSignal): Promise<StatsResponse[P]> {
  const response = await fetch(`/api/stats/${part}${filters ? `?${filters}` : ""}`, { signal, headers: { Accept: "application/json" } });
  const body: unknown = await response.json();
  if (!response.ok) {
    const message = (body as { error?: { message?: string } }).error?.message ?? `HTTP ${response.status}`;
    throw new ApiRequestError(response.status, message);
  }
  // Our own API (the API tests check it against statsResponseSchema); no zod in the browser.
  return body as StatsResponse[P];
}

export function statsPartOptions<P extends StatsPart>(part: P, filters: string) {
  return queryOptions({
    queryKey: queryKeys.stats.part(part, filters),
    queryFn: ({ signal }) => fetchStatsPart(part, filters, signal),
    // The series change only when the catalogue is reloaded (the API says max-age=60).
    staleTime: 60_000,
  });
}

/** One part of the insights series for the filters. */
export function useStatsPart<P extends StatsPart>(part: P, filters: string) {
  return useQuery(statsPartOptions(part, filters));
}
