// The recommender's closed vocabularies: one list each, for the query schema, the form and the domain.
// Capabilities are the catalogue's `capabilities` filter (vocabulary.ts), a must-have like every catalogue filter.
export const DEPLOYS = ["any", "api", "self-host"] as const;
export type Deploy = (typeof DEPLOYS)[number];
export const PRIORITIES = ["balanced", "cost", "quality", "openness"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const ROUTE_KINDS = ["api", "host", "self-host"] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];
