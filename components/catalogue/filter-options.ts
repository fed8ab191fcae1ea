// The choices the filter panel offers, loaded on the server.
export interface FilterOptions {
  licences: Array<{ slug: string; name: string; modelCount: number }>;
  organizations: Array<{ slug: string; name: string; modelCount: number }>;
}
