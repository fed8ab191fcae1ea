// The filter registry is the one place a filter is declared: each entry must
// come out the same through every consumer derived from it.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { activeFilters, withoutFilter } from "@/lib/domain/active-filters";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { buildModelWhere, narrowingTerm } from "@/lib/db/model-where";
import { CATALOGUE_FILTERS, FILTER_NAMES, NOT_FOR_AGGREGATES, SORT_FIELDS, type FilterSpec } from "@/lib/schemas/catalogue-filters";
import { modelsQuerySchema, parseModelsQuery } from "@/lib/schemas/models-query";

/** A valid URL value for a filter of this kind. */
function sample(f: FilterSpec): string {
  switch (f.kind) {
    case "text":
      return "llama";
    case "list":
      return f.values?.[0] ?? "acme";
    case "range":
      return "7";
    case "date":
      return "2024-05";
    case "boolean":
      return "true";
  }
}

describe.each(FILTER_NAMES)("the %s filter", (name) => {
  const f: FilterSpec = CATALOGUE_FILTERS[name];
  const parsed = parseModelsQuery(new URLSearchParams({ [name]: sample(f) }));
  if (!parsed.ok) throw new Error(`${name}=${sample(f)} did not parse: ${JSON.stringify(parsed.issues)}`);

  it("round-trips through the schema and the canonical URL", () => {
    expect(toSearchParams(parsed.query).toString()).toBe(new URLSearchParams({ [name]: sample(f) }).toString());
  });

  it("shows one chip, whose removal drops it", () => {
    const chips = activeFilters(parsed.query);
    expect(chips).toHaveLength(1);
    expect(chips[0]?.param).toBe(name);
    expect(chips[0]?.label.startsWith(f.chip)).toBe(true);
    expect(toSearchParams(withoutFilter(parsed.query, chips[0]!)).toString()).toBe("");
  });

  it("carries its description into the schema (and so into OpenAPI)", () => {
    const schema = modelsQuerySchema.shape[name];
    expect(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }).description).toBe(f.description);
  });

  it("narrows the database query on its column", () => {
    expect(JSON.stringify(buildModelWhere(parsed.query))).toContain(`"${f.where.column}"`);
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
