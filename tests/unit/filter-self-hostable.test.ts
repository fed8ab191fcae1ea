import { describe, expect, it } from "vitest";
import { activeFilters } from "@/lib/domain/active-filters";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { buildModelWhere } from "@/lib/db/model-where";
import { parseModelsQuery } from "@/lib/schemas/models-query";

const parse = (search: string) => parseModelsQuery(new URLSearchParams(search));

describe("the selfHostable filter", () => {
  it("reads true and false as booleans and refuses anything else", () => {
    expect(parse("selfHostable=true")).toMatchObject({ ok: true, query: { selfHostable: true } });
    expect(parse("selfHostable=false")).toMatchObject({ ok: true, query: { selfHostable: false } });
    for (const bad of ["yes", "1", "TRUE", ""]) expect(parse(`selfHostable=${bad}`).ok, bad).toBe(false);
  });

  it("keeps false in the URL and on a chip: it is a filter, not a default", () => {
    const parsed = parse("access=open-weights&selfHostable=false");
    if (!parsed.ok) throw new Error("did not parse");
    expect(toSearchParams(parsed.query).toString()).toBe("access=open-weights&selfHostable=false");
    expect(activeFilters(parsed.query).map((f) => f.label)).toEqual(["Access: Open weights", "Self-hostable: no"]);
  });

  it("narrows on the selfHostable column", () => {
    expect(buildModelWhere({ selfHostable: true })).toEqual({ AND: [{ selfHostable: { equals: true } }] });
  });
});
