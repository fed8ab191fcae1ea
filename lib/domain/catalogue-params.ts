// Canonical URL parameters for a catalogue query: the page, the API call
// and shared links all use the same string, so caches line up. Order and
// defaults come from the filter registry (lib/schemas/catalogue-filters.ts).
import { CATALOGUE_CONTROLS, FILTER_NAMES } from "@/lib/schemas/catalogue-filters";

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
