// The one query-key factory: every TanStack Query key is built here.
export const queryKeys = {
  models: {
    list: (params: string) => ["models", "list", params] as const,
    facets: (params: string) => ["models", "facets", params] as const,
  },
};
