import { describe, expect, it } from "vitest";
import { GRADE_LABELS, OPENNESS_COMPONENT_LABELS } from "@/lib/domain/openness-labels";
import { GRADES, OPENNESS_COMPONENTS } from "@/lib/schemas/catalogue";

describe("openness labels (one source for the model page, compare and the heatmap)", () => {
  it("name every component and grade the catalogue schema allows, in its order", () => {
    expect(Object.keys(OPENNESS_COMPONENT_LABELS)).toEqual([...OPENNESS_COMPONENTS]);
    expect(Object.keys(GRADE_LABELS)).toEqual([...GRADES]);
  });

  it("tell components apart: no two columns or rows share a name", () => {
    const names = Object.values(OPENNESS_COMPONENT_LABELS);
    expect(new Set(names).size).toBe(names.length);
  });
});
