// The recommender's closed vocabularies: one list each, for the query schema, the form and the domain.
export const CAPABILITIES = ["toolCalling", "reasoning", "structuredOutput", "vision"] as const;
export type Capability = (typeof CAPABILITIES)[number];
export const DEPLOYS = ["any", "api", "self-host"] as const;
export type Deploy = (typeof DEPLOYS)[number];
export const PRIORITIES = ["balanced", "cost", "quality", "openness"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const ROUTE_KINDS = ["api", "host", "self-host"] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];
