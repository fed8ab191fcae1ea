import { describe, expect, it } from "vitest";
import { sizeOverTime } from "@/lib/domain/insights/size-over-time";
import { closedModel, insightModel } from "./insights-fixtures";

describe("sizeOverTime", () => {
  it("plots known sizes by release date, oldest first, with the date at its published precision", () => {
    const s = sizeOverTime([
      insightModel({ slug: "b", name: "B", releaseDate: "2024-07-23", parameters: 4.05e11 }),
      insightModel({ slug: "a", name: "A", releaseDate: "2019-01-01", releaseDatePrecision: "year", parameters: 1.1e8 }),
    ]);
    expect(s.points.map((p) => [p.slug, p.released, p.parameters])).toEqual([
      ["a", "2019", 1.1e8],
      ["b", "2024-07-23", 4.05e11],
    ]);
    expect(s.points[0]?.t).toBe(Date.UTC(2019, 0, 1));
  });

  it("lists undisclosed sizes and unknown dates instead of plotting them as zero", () => {
    const s = sizeOverTime([closedModel({ slug: "gpt" }), insightModel({ slug: "nodate", releaseDate: null }), closedModel({ slug: "both", releaseDate: null })]);
    expect(s.points).toEqual([]);
    expect(Object.fromEntries(s.unplotted.map((u) => [u.slug, u.reason]))).toEqual({
      gpt: "size undisclosed",
      nodate: "release date unknown",
      both: "size undisclosed; release date unknown",
    });
  });

  it("keeps the active parameter count of mixture-of-experts models", () => {
    const s = sizeOverTime([insightModel({ parameters: 4.67e10, activeParameters: 1.29e10 })]);
    expect(s.points[0]).toMatchObject({ parameters: 4.67e10, activeParameters: 1.29e10 });
  });

  it("labels the size records of each side, not every point", () => {
    const s = sizeOverTime([
      insightModel({ slug: "o1", releaseDate: "2020-01-01", parameters: 1e9 }),
      insightModel({ slug: "o2", releaseDate: "2021-01-01", parameters: 5e8 }),
      insightModel({ slug: "o3", releaseDate: "2022-01-01", parameters: 7e10 }),
      closedModel({ slug: "c1", releaseDate: "2021-06-01", parameters: 1.75e11 }),
    ]);
    expect(s.points.filter((p) => p.notable).map((p) => p.slug).sort()).toEqual(["c1", "o1", "o3"]);
  });

  it("returns empty lists for no models", () => {
    expect(sizeOverTime([])).toEqual({ points: [], unplotted: [] });
  });
});
