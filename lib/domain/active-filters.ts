// The filters a query applies, one entry per removable chip, and the query
// without one of them (for chips and for "relax this filter" suggestions).
// Which params are filters, and how a chip reads, is the filter registry's.
import { CATALOGUE_FILTERS, FILTER_NAMES, type FilterSpec } from "@/lib/schemas/catalogue-filters";
import { isPageDefault } from "./catalogue-params";

export interface ActiveFilter {
  param: string;
  /** For list params, the one value this chip removes. */
  value: string;
  label: string;
}

type Query = Record<string, unknown>;

/** A chip's text: "Access: Closed", "Search: “llama”", "Parameters ≥ 7B", "Price ≤ $5". */
function chipLabel(f: FilterSpec, value: string, names: Record<string, string>): string {
  switch (f.kind) {
    case "text":
      return `${f.chip}: “${value}”`;
    case "list":
      return `${f.chip}: ${f.labels?.[value] ?? names[value] ?? value}`;
    case "boolean":
      return `${f.chip}: ${value === "true" ? f.labels.true : f.labels.false}`;
    case "range":
      return `${f.chip} ${f.prefix ?? ""}${value}${f.unit ?? ""}`;
    case "number":
      return `${f.chip} ${Number(value).toLocaleString("en-US")}${f.unit ?? ""}`;
    case "date":
      return `${f.chip} ${value}`;
  }
}

/**
 * Lists the query's filters; `names` maps slugs (licences, organisations) to
 * display names. With `hidePageDefaults`, a filter left at its /models
 * default is not a chip (the panel shows it).
 */
export function activeFilters(query: Query, names: Record<string, string> = {}, { hidePageDefaults = false } = {}): ActiveFilter[] {
  return FILTER_NAMES.flatMap((param) => {
    const f: FilterSpec = CATALOGUE_FILTERS[param];
    const current = query[param];
    if (hidePageDefaults && isPageDefault(param, current)) return [];
    const values = Array.isArray(current) ? (current as unknown[]) : [current];
    return values
      .filter((v) => (typeof v === "string" && v !== "") || typeof v === "number" || typeof v === "boolean")
      .map((v) => ({ param, value: String(v), label: chipLabel(f, String(v), names) }));
  });
}

/** The query with one filter removed (and back on page 1). */
export function withoutFilter<Q extends Query>(query: Q, filter: ActiveFilter): Q {
  const current = query[filter.param];
  const next: Query = { ...query, page: undefined };
  next[filter.param] = Array.isArray(current) ? (current as string[]).filter((v) => v !== filter.value) : undefined;
  return next as Q;
}
