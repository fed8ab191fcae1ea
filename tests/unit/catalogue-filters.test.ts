// The filter registry is the one place a filter is declared: each entry must
// come out the same through every consumer derived from it.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { activeFilters, withoutFilter } from "@/lib/domain/active-filters";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { buildModelWhere, narrowingTerm } from "@/lib/db/model-where";
import { CATALOGUE_FILTERS, FILTER_NAMES, NOT_FOR_AGGREGATES, SORT_FIELDS, type FilterName, type FilterSpec, type Narrowing } from "@/lib/schemas/catalogue-filters";
import { modelsQuerySchema, parseModelsQuery } from "@/lib/schemas/models-query";

/** A valid URL value for a filter of this kind. */
function sample(f: FilterSpec): string {
  switch (f.kind) {
    case "text":
      return "llama";
    case "list":
      return f.values?.[0] ?? "acme";
    case "range":
    case "number":
      return "7";
    case "date":
      return "2024-05";
    case "boolean":
      return "true";
  }
}

/** The filter's sample value, with the filter it requires (if any) given too, in URL order. */
function sampleParams(name: FilterName): URLSearchParams {
  const f: FilterSpec = CATALOGUE_FILTERS[name];
  const values: Record<string, string> = { [name]: sample(f) };
  if (f.requires) values[f.requires] = sample(CATALOGUE_FILTERS[f.requires as FilterName]);
  return new URLSearchParams(FILTER_NAMES.filter((n) => n in values).map((n) => [n, values[n]!]));
}

/** The columns a narrowing names for a value (for a list of terms, the value's term's). */
function columnsOf(where: Narrowing, value: string): string[] {
  switch (where.op) {
    case "allOf": {
      const term = where.terms[value];
      if (!term) throw new Error(`no term for "${value}"`);
      return columnsOf(term.where, value);
    }
    case "price":
      return ["blendedUsdPerMTok"];
    case "modifies":
      return [];
    default:
      return [where.column];
  }
}

describe.each(FILTER_NAMES)("the %s filter", (name) => {
  const f: FilterSpec = CATALOGUE_FILTERS[name];
  const params = sampleParams(name);
  const parsed = parseModelsQuery(params);
  if (!parsed.ok) throw new Error(`${params.toString()} did not parse: ${JSON.stringify(parsed.issues)}`);

  it("round-trips through the schema and the canonical URL", () => {
    expect(toSearchParams(parsed.query).toString()).toBe(params.toString());
  });

  it("shows one chip, whose removal drops it", () => {
    const chips = activeFilters(parsed.query).filter((c) => c.param === name);
    expect(chips).toHaveLength(1);
    expect(chips[0]?.label.startsWith(f.chip)).toBe(true);
    expect(toSearchParams(withoutFilter(parsed.query, chips[0]!)).has(name)).toBe(false);
  });

  it("carries its description into the schema (and so into OpenAPI)", () => {
    const schema = modelsQuerySchema.shape[name];
    expect(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }).description).toBe(f.description);
  });

  it("narrows the database query on its columns", () => {
    const where = JSON.stringify(buildModelWhere(parsed.query));
    for (const column of columnsOf(f.where, sample(f))) expect(where).toContain(`"${column}"`);
  });

  it("is rejected with a named issue when malformed", () => {
    const bad = parseModelsQuery(new URLSearchParams({ [name]: f.kind === "text" ? "\u0000" : "%%not-valid%%" }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.param)).toContain(name);
  });
});

describe("the registry", () => {
  it("orders the URL as it lists the filters, then sort and paging; defaults are dropped", () => {
    const query = modelsQuerySchema.parse({ pageSize: "25", page: "2", sort: "-price", access: "closed", q: "x" });
    expect(toSearchParams(query).toString()).toBe("q=x&access=closed&sort=-price&page=2");
  });

  it("refuses a lower bound above its upper bound, naming the lower one", () => {
    for (const name of FILTER_NAMES) {
      const f: FilterSpec = CATALOGUE_FILTERS[name];
      if ((f.kind !== "range" && f.kind !== "date") || f.bound !== "min") continue;
      if (!f.pair) continue;
      const [lo, hi] = f.kind === "range" ? ["9", "3"] : ["2024", "2023"];
      const parsed = parseModelsQuery(new URLSearchParams({ [name]: lo, [f.pair]: hi }));
      expect(parsed.ok ? [] : parsed.issues.map((i) => i.param)).toEqual([name]);
    }
  });

  it("keeps paging, sort and format out of aggregates", () => {
    expect([...NOT_FOR_AGGREGATES].sort()).toEqual(["format", "page", "pageSize", "sort"]);
  });

  it("accepts every sort, ascending and descending", () => {
    for (const field of SORT_FIELDS) for (const sort of [field, `-${field}`]) expect(parseModelsQuery(new URLSearchParams({ sort })).ok).toBe(true);
  });

  it("narrows through relations: a to-one row, or some row of a to-many relation that also matches its where", () => {
    expect(narrowingTerm({ op: "in", column: "category", via: "licence" }, ["rail"])).toEqual({ licence: { category: { in: ["rail"] } } });
    expect(narrowingTerm({ op: "in", column: "provider", via: { some: "prices", where: { current: true } } }, ["groq"])).toEqual({
      prices: { some: { current: true, provider: { in: ["groq"] } } },
    });
  });
});
