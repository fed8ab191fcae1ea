// The filters a query applies, one entry per removable chip, and the query
// without one of them (for chips and for "relax this filter" suggestions).
import { ACCESS_LABELS, COMMERCIAL_USE_LABELS, LICENCE_CATEGORY_LABELS, MODALITY_LABELS } from "./labels";

export interface ActiveFilter {
  param: string;
  /** For list params, the one value this chip removes. */
  value: string;
  label: string;
}

type Query = Record<string, unknown>;

const LISTS: Record<string, { name: string; labels?: Record<string, string> }> = {
  access: { name: "Access", labels: ACCESS_LABELS },
  licence: { name: "Licence" },
  licenceCategory: { name: "Licence category", labels: LICENCE_CATEGORY_LABELS },
  commercialUse: { name: "Commercial use", labels: COMMERCIAL_USE_LABELS },
  org: { name: "Organisation" },
  modality: { name: "Modality", labels: MODALITY_LABELS },
};
const RANGES: Array<[string, string, string]> = [
  ["minParams", "Parameters ≥", "B"],
  ["maxParams", "Parameters ≤", "B"],
  ["minPrice", "Price ≥ $", ""],
  ["maxPrice", "Price ≤ $", ""],
  ["releasedFrom", "Released from", ""],
  ["releasedTo", "Released to", ""],
];

/** Lists the query's filters; `names` maps slugs (licences, organisations) to display names. */
export function activeFilters(query: Query, names: Record<string, string> = {}): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  if (typeof query.q === "string" && query.q) out.push({ param: "q", value: query.q, label: `Search: “${query.q}”` });
  for (const [param, { name, labels }] of Object.entries(LISTS)) {
    const values = query[param];
    if (!Array.isArray(values)) continue;
    for (const value of values as string[]) out.push({ param, value, label: `${name}: ${labels?.[value] ?? names[value] ?? value}` });
  }
  for (const [param, name, unit] of RANGES) {
    const value = query[param];
    if (typeof value !== "string" && typeof value !== "number") continue;
    const text = String(value);
    out.push({ param, value: text, label: `${name}${name.endsWith("$") ? "" : " "}${text}${unit}` });
  }
  return out;
}

/** The query with one filter removed (and back on page 1). */
export function withoutFilter<Q extends Query>(query: Q, filter: ActiveFilter): Q {
  const current = query[filter.param];
  const next: Query = { ...query, page: undefined };
  next[filter.param] = Array.isArray(current) ? (current as string[]).filter((v) => v !== filter.value) : undefined;
  return next as Q;
}
