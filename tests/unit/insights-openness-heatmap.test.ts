import { describe, expect, it } from "vitest";
import { heatmapOrderFromSort, opennessHeatmap, sortHeatmapRows, sortParamFor } from "@/lib/domain/insights/openness-heatmap";
import { insightModel } from "./insights-fixtures";

const COMPONENTS = ["base-model-data", "licence", "paper"] as const;
const grade = (component: (typeof COMPONENTS)[number], g: "open" | "partial" | "closed" | "na") => ({ component, grade: g, evidenceUrl: `https://example.org/${component}`, note: null });

describe("opennessHeatmap", () => {
  const rows = opennessHeatmap(
    [
      insightModel({ slug: "mid", name: "Mid", openness: { score: 50, components: [grade("licence", "open"), grade("base-model-data", "closed")] } }),
      insightModel({ slug: "none", name: "Aaa unscored", openness: { score: null, components: [grade("paper", "na")] } }),
      insightModel({ slug: "top", name: "Top", openness: { score: 90, components: [grade("paper", "partial")] } }),
    ],
    COMPONENTS,
  ).rows;

  it("orders cells by the given component order and links each to its evidence", () => {
    const mid = rows.find((r) => r.slug === "mid");
    expect(mid?.cells.map((c) => [c.component, c.grade, c.evidenceUrl])).toEqual([
      ["base-model-data", "closed", "https://example.org/base-model-data"],
      ["licence", "open", "https://example.org/licence"],
      ["paper", null, null],
    ]);
  });

  it("marks a component with no recorded grade as ungraded (null), not closed", () => {
    expect(rows.find((r) => r.slug === "top")?.cells[0]?.grade).toBeNull();
  });

  it("sorts by score, most open first, with unscored models last in either direction", () => {
    expect(rows.map((r) => r.slug)).toEqual(["top", "mid", "none"]);
    expect(sortHeatmapRows(rows, "score-asc").map((r) => r.slug)).toEqual(["mid", "top", "none"]);
    expect(sortHeatmapRows(rows, "name").map((r) => r.name)).toEqual(["Aaa unscored", "Mid", "Top"]);
  });

  it("lists models with no grade at all instead of drawing a row of question marks", () => {
    const h = opennessHeatmap([insightModel({ slug: "graded", openness: { score: 50, components: [grade("licence", "open")] } }), insightModel({ slug: "bare", name: "Bare", openness: { score: null, components: [] } })], COMPONENTS);
    expect(h.rows.map((r) => r.slug)).toEqual(["graded"]);
    expect(h.ungraded).toEqual([{ slug: "bare", name: "Bare", access: "open-source", reason: "no openness grade on record" }]);
  });

  it("has no rows for no models", () => {
    expect(opennessHeatmap([], COMPONENTS)).toEqual({ components: [...COMPONENTS], rows: [], ungraded: [] });
  });
});

describe("heatmap order in the URL", () => {
  it("reads and writes the catalogue's sort param, most open first by default", () => {
    expect(heatmapOrderFromSort(undefined)).toBe("score-desc");
    expect(heatmapOrderFromSort("-price")).toBe("score-desc");
    for (const order of ["score-desc", "score-asc", "name", "name-desc"] as const) expect(heatmapOrderFromSort(sortParamFor(order))).toBe(order);
  });
});
