// The one query-key factory: every TanStack Query key is built here.
export const queryKeys = {
  models: {
    all: ["models"] as const,
    list: (params: string) => ["models", "list", params] as const,
    detail: (slug: string) => ["models", "detail", slug] as const,
  },
  stats: (params: string) => ["stats", params] as const,
  licences: ["licences"] as const,
  organizations: ["organizations"] as const,
};
