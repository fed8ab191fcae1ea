// /models hides retired models unless its URL asks for them; the API applies no default.
import { describe, expect, it } from "vitest";
import { activeFilters } from "@/lib/domain/active-filters";
import { isPageDefault, toPageSearchParams, toSearchParams, withPageDefaults } from "@/lib/domain/catalogue-params";
import { buildModelWhere } from "@/lib/db/model-where";
import { parseModelsQuery, type ModelsQuery } from "@/lib/schemas/models-query";

function parse(search: string): ModelsQuery {
  const parsed = parseModelsQuery(new URLSearchParams(search));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.query;
}

describe("the lifecycle page default", () => {
  it("applies when the URL leaves lifecycle out, and not when it gives one", () => {
    expect(withPageDefaults(parse("access=closed")).lifecycle).toEqual(["available", "deprecated", "unknown"]);
    expect(withPageDefaults(parse("lifecycle=retired")).lifecycle).toEqual(["retired"]);
    expect(parse("access=closed").lifecycle).toBeUndefined();
  });

  it("is left out of the page URL (in any order) but kept in the API's", () => {
    const q = withPageDefaults(parse("access=closed"));
    expect(toPageSearchParams(q).toString()).toBe("access=closed");
    expect(toPageSearchParams({ ...q, lifecycle: ["unknown", "available", "deprecated"] }).toString()).toBe("access=closed");
    expect(toSearchParams(q).toString()).toBe("access=closed&lifecycle=available%2Cdeprecated%2Cunknown");
    expect(toPageSearchParams({ ...q, lifecycle: ["available", "deprecated", "retired", "unknown"] }).get("lifecycle")).toBe("available,deprecated,retired,unknown");
    expect(isPageDefault("lifecycle", ["available"])).toBe(false);
  });

  it("is no chip on the page, but a chip when the API is given it", () => {
    const q = withPageDefaults(parse(""));
    expect(activeFilters(q, {}, { hidePageDefaults: true })).toEqual([]);
    expect(activeFilters(q).map((c) => c.label)).toEqual(["Availability: Available", "Availability: Deprecated (retirement announced)", "Availability: Not known"]);
  });

  it("narrows to known-not-retired or unknown", () => {
    expect(buildModelWhere(withPageDefaults(parse("")))).toEqual({ AND: [{ OR: [{ lifecycle: null }, { lifecycle: { in: ["available", "deprecated"] } }] }] });
    expect(buildModelWhere(parse("lifecycle=unknown"))).toEqual({ AND: [{ OR: [{ lifecycle: null }] }] });
  });
});

describe("capabilities and inputs narrow term by term", () => {
  it("each capability is its own condition, all of them required", () => {
    expect(buildModelWhere(parse("capabilities=tool-calling,vision"))).toEqual({
      AND: [{ AND: [{ toolCalling: { equals: true } }, { AND: [{ inputModalities: { contains: ",image," } }] }] }],
    });
    expect(buildModelWhere(parse("inputModalities=image,pdf"))).toEqual({
      AND: [{ AND: [{ inputModalities: { contains: ",image," } }, { inputModalities: { contains: ",pdf," } }] }],
    });
  });
});
