import { describe, expect, it } from "vitest";
import { activeFilters, withoutFilter } from "@/lib/domain/active-filters";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { modelsQuerySchema } from "@/lib/schemas/models-query";

describe("active filters", () => {
  const query = modelsQuerySchema.parse({ q: "llama", access: "open-weights,closed", licence: "llama-2-community", minParams: "7", page: "3" });
  it("lists one chip per value with human labels", () => {
    expect(activeFilters(query, { "llama-2-community": "Llama 2 Community License" }).map((f) => f.label)).toEqual([
      "Search: “llama”",
      "Access: Open weights",
      "Access: Closed",
      "Licence: Llama 2 Community License",
      "Parameters ≥ 7B",
    ]);
  });
  it("removes one value of a list and returns to page 1", () => {
    const next = withoutFilter(query, { param: "access", value: "closed", label: "" });
    expect(toSearchParams(next).toString()).toBe("q=llama&access=open-weights&licence=llama-2-community&minParams=7");
  });
  it("serialises canonically: fixed order, defaults dropped", () => {
    expect(toSearchParams(modelsQuerySchema.parse({ pageSize: "25", sort: "-price", access: "closed" })).toString()).toBe("access=closed&sort=-price");
  });
});
