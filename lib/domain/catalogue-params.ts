// Canonical URL parameters for a catalogue query: the page, the API call
// and shared links all use the same string, so caches line up.

export type ParamValue = string | number | readonly string[] | undefined;

const ORDER = [
  "q", "access", "licence", "licenceCategory", "commercialUse", "org", "modality",
  "minParams", "maxParams", "minPrice", "maxPrice", "releasedFrom", "releasedTo", "sort", "page", "pageSize",
];
const DEFAULTS: Record<string, string> = { page: "1", pageSize: "25" };

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
