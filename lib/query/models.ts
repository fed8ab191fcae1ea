// The catalogue list: fetcher, query options and hook in one place.
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { ModelList } from "@/lib/schemas/model-response";
import { queryKeys } from "./keys";

export class ApiRequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function fetchModels(params: string, signal?: AbortSignal): Promise<ModelList> {
  const response = await fetch(`/api/models?${params}`, { signal, headers: { Accept: "application/json" } });
  const body: unknown = await response.json();
  if (!response.ok) {
    const message = (body as { error?: { message?: string } }).error?.message ?? `HTTP ${response.status}`;
    throw new ApiRequestError(response.status, message);
  }
  // Our own API, whose responses the API tests check against modelListSchema;
  // parsing them again here would put all of zod in the catalogue's bundle.
  return body as ModelList;
}

export function modelsQueryOptions(params: string) {
  return queryOptions({
    queryKey: queryKeys.models.list(params),
    queryFn: ({ signal }) => fetchModels(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** The page of models for `params` (canonical API query string); keeps the previous page while loading. */
export function useModels(params: string, initial?: { params: string; data: ModelList }) {
  return useQuery({
    ...modelsQueryOptions(params),
    initialData: initial && initial.params === params ? initial.data : undefined,
  });
}
