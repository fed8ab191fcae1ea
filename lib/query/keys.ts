// The one query-key factory: every TanStack Query key is built here.
export const queryKeys = {
  models: {
    list: (params: string) => ["models", "list", params] as const,
    facets: (params: string) => ["models", "facets", params] as const,
  },
  stats: {
    /** One part of GET /api/stats for the catalogue filters in `filters` (a canonical query string). */
    part: (part: string, filters: string) => ["stats", part, filters] as const,
  },
};
