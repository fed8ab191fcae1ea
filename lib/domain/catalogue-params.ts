// Canonical URL parameters for a catalogue query: the page, the API call
// and shared links all use the same string, so caches line up. Order and
// defaults come from the filter registry (lib/schemas/catalogue-filters.ts).
import { CATALOGUE_CONTROLS, FILTER_NAMES, PAGE_DEFAULTS } from "@/lib/schemas/catalogue-filters";

export type ParamValue = string | number | boolean | readonly string[] | undefined;

const controls = Object.entries(CATALOGUE_CONTROLS).filter(([, c]) => c.inUrl);
const ORDER: readonly string[] = [...FILTER_NAMES, ...controls.map(([name]) => name)];
const DEFAULTS: Record<string, string> = Object.fromEntries(
  controls.flatMap(([name, c]) => (c.default === undefined ? [] : [[name, String(c.default)]])),
);

/** Serialises a parsed query: fixed key order, lists comma-joined, defaults and empties dropped. */
export function toSearchParams(query: Record<string, ParamValue>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = query[key];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    if (text === "" || DEFAULTS[key] === text) continue;
    params.set(key, text);
  }
  return params;
}

/** The query as /models applies it: a filter the URL leaves out takes its page default (lifecycle: not retired). */
export function withPageDefaults<Q extends Record<string, unknown>>(query: Q): Q {
  const next: Record<string, unknown> = { ...query };
  for (const [name, fallback] of Object.entries(PAGE_DEFAULTS)) {
    const value = next[name];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) next[name] = [...(fallback ?? [])];
  }
  return next as Q;
}

/** Whether a list value is exactly its filter's /models default (in any order). */
export function isPageDefault(param: string, value: unknown): boolean {
  const fallback = PAGE_DEFAULTS[param as keyof typeof PAGE_DEFAULTS];
  return fallback !== undefined && Array.isArray(value) && value.length === fallback.length && fallback.every((v) => (value as unknown[]).includes(v));
}

/** The /models URL for a query: canonical, with filters at their page default left out. */
export function toPageSearchParams(query: Record<string, ParamValue>): URLSearchParams {
  const next: Record<string, ParamValue> = { ...query };
  for (const name of Object.keys(PAGE_DEFAULTS)) if (isPageDefault(name, next[name])) next[name] = undefined;
  return toSearchParams(next);
}
