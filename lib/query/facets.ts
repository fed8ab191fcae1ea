// The catalogue's facet counts (GET /api/facets): fetcher, query options and hook in one place.
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { FacetCounts } from "@/lib/schemas/facets-response";
import { queryKeys } from "./keys";
import { ApiRequestError } from "./models";

/** Paging and order do not change the counts, and the endpoint refuses them. */
const NOT_FOR_FACETS = ["sort", "page", "pageSize", "format"];

export function facetParams(params: string): string {
  const search = new URLSearchParams(params);
  for (const name of NOT_FOR_FACETS) search.delete(name);
  return search.toString();
}

export async function fetchFacets(params: string, signal?: AbortSignal): Promise<FacetCounts> {
  const response = await fetch(`/api/facets${params ? `?${params}` : ""}`, { signal, headers: { Accept: "application/json" } });
  const body: unknown = await response.json();
  if (!response.ok) throw new ApiRequestError(response.status, (body as { error?: { message?: string } }).error?.message ?? `HTTP ${response.status}`);
  // Our own API, checked against facetCountsSchema by its tests (no zod in the catalogue's bundle).
  return body as FacetCounts;
}

/** The counts for the catalogue's filters in `params` (an API query string); keeps the previous counts while loading. */
export function useFacets(params: string, initial?: { params: string; data: FacetCounts }) {
  const key = facetParams(params);
  return useQuery({
    ...queryOptions({ queryKey: queryKeys.models.facets(key), queryFn: ({ signal }) => fetchFacets(key, signal), placeholderData: keepPreviousData }),
    initialData: initial && facetParams(initial.params) === key ? initial.data : undefined,
  });
}
