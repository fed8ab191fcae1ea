import { describe, expect, it } from "vitest";
import { expectEvery } from "../helpers/expect-every";
import { gapMeasures, performanceGap, stepValues } from "@/lib/domain/insights/performance-gap";
import { measureId, measureLabel, type QualityMeasure } from "@/lib/domain/insights/quality-measure";
import { closedModel, insightModel } from "./insights-fixtures";

const mmlu = (score: number, publishedOn = "2024-01-01", setting: string | null = "5-shot") => ({ name: "MMLU", setting, score, publishedOn, sourceUrl: `https://example.org/${score}` });

const measure = (benchmark: string, setting: string | null): QualityMeasure => ({ id: measureId(benchmark, setting), benchmark, setting, label: measureLabel(benchmark, setting), counts: { open: 0, closed: 0 } });
const MMLU = measure("MMLU", "5-shot");

const models = [
  closedModel({ slug: "c1", name: "Closed 1", releaseDate: "2023-03-14", benchmarks: [mmlu(86)] }),
  insightModel({ slug: "o1", name: "Open 1", releaseDate: "2023-07-18", benchmarks: [mmlu(69)] }),
  insightModel({ slug: "o2", name: "Open 2", access: "open-weights", releaseDate: "2024-07-23", benchmarks: [mmlu(85)] }),
  insightModel({ slug: "o3", name: "Open 3", releaseDate: "2025-01-20", benchmarks: [mmlu(88)] }),
];

describe("performanceGap", () => {
  it("steps the best score released so far on each side, by release date", () => {
    const s = performanceGap(models, MMLU);
    expect(s.steps.map((st) => [st.date, st.bestOpen, st.bestClosed, st.gapPoints])).toEqual([
      ["2023-03-14", null, 86, null],
      ["2023-07-18", 69, 86, 17],
      ["2024-07-23", 85, 86, 1],
      ["2025-01-20", 88, 86, -2],
    ]);
    expect(s.first).toEqual({ date: "2023-07-18", gapPoints: 17 });
    expect(s.latest).toEqual({ date: "2025-01-20", gapPoints: -2 });
    expect(s.openCaughtUp).toBe("2025-01-20");
    expect(s.counts).toEqual({ open: 3, closed: 1 });
    expect(s.steps[3]).toMatchObject({ bestOpenModel: "Open 3", bestClosedModel: "Closed 1" });
  });

  it("treats open weights and open source together as open", () => {
    const s = performanceGap(models, MMLU);
    expect(s.steps[2]?.bestOpenModel).toBe("Open 2");
  });

  it("keeps the best so far: a weaker later model does not lower the line", () => {
    const s = performanceGap([...models, insightModel({ slug: "o4", name: "Open 4", releaseDate: "2025-06-01", benchmarks: [mmlu(40)] })], MMLU);
    expect(s.steps.at(-1)).toMatchObject({ date: "2025-06-01", bestOpen: 88, bestOpenModel: "Open 3" });
  });

  it("uses each model's most recently published score in the setting, and cites it", () => {
    const m = closedModel({ slug: "c2", name: "Closed 2", releaseDate: "2024-05-13", benchmarks: [mmlu(88.7, "2024-05-13"), mmlu(87.2, "2024-08-01")] });
    const s = performanceGap([m], MMLU);
    expect(s.sources).toEqual([expect.objectContaining({ score: 87.2, setting: "5-shot", sourceUrl: "https://example.org/87.2", released: "2024-05-13" })]);
  });

  it("compares like with like: a score in another setting is not on the line", () => {
    const zeroShot = closedModel({ slug: "c3", name: "Closed 3", releaseDate: "2024-05-13", benchmarks: [mmlu(95, "2024-05-13", "0-shot CoT")] });
    const s = performanceGap([...models, zeroShot], MMLU);
    expect(s.sources.map((x) => x.slug)).not.toContain("c3");
    expect(performanceGap([...models, zeroShot], measure("MMLU", "0-shot CoT")).sources.map((x) => x.slug)).toEqual(["c3"]);
  });

  it("collapses models released the same day into one step", () => {
    const s = performanceGap([...models, insightModel({ slug: "o5", name: "Open 5", releaseDate: "2023-07-18", benchmarks: [mmlu(70)] })], MMLU);
    expect(s.steps.filter((st) => st.date === "2023-07-18")).toEqual([expect.objectContaining({ bestOpen: 70, bestOpenModel: "Open 5" })]);
  });

  it("lists models with an unknown release date instead of placing them", () => {
    const s = performanceGap([...models, closedModel({ slug: "c9", name: "Closed 9", releaseDate: null, benchmarks: [mmlu(99)] })], MMLU);
    expect(s.unplotted).toEqual([expect.objectContaining({ slug: "c9", reason: "release date unknown" })]);
    expectEvery(s.steps, (st) => st.bestClosed !== 99, "steps");
  });

  it("shows the published precision of a month-only release date", () => {
    const s = performanceGap([insightModel({ releaseDate: "2023-05-01", releaseDatePrecision: "month", benchmarks: [mmlu(57)] })], MMLU);
    expect(s.steps[0]?.released).toBe("2023-05");
  });

  it("has no gap, and no catch-up, when one side is empty", () => {
    const s = performanceGap(models.filter((m) => m.access !== "closed"), MMLU);
    expect(s.first).toBeNull();
    expect(s.latest).toBeNull();
    expect(s.openCaughtUp).toBeNull();
    expect(performanceGap([], MMLU)).toMatchObject({ steps: [], sources: [], first: null });
  });
});

describe("gapMeasures", () => {
  it("lists measures (benchmark and setting) both sides report, most-scored first", () => {
    const gsm = { name: "GSM8K", setting: null, score: 50, publishedOn: "2024-01-01", sourceUrl: "https://example.org/g" };
    const withOnlyOpen = [...models, insightModel({ slug: "o6", benchmarks: [gsm] })];
    expect(gapMeasures(withOnlyOpen).map((q) => q.label)).toEqual(["MMLU, 5-shot"]);
    const both = gapMeasures([...withOnlyOpen, closedModel({ slug: "c3", benchmarks: [gsm] })]);
    expect(both.map((q) => q.label)).toEqual(["MMLU, 5-shot", "GSM8K (setting not stated)"]);
    expect(both[0]?.counts).toEqual({ open: 3, closed: 1 });
    expect(gapMeasures([])).toEqual([]);
  });

  it("keeps two settings of one benchmark apart", () => {
    const zeroShot = closedModel({ slug: "c3", releaseDate: "2024-05-13", benchmarks: [mmlu(95, "2024-05-13", "0-shot CoT")] });
    expect(gapMeasures([...models, zeroShot]).map((q) => q.label)).toEqual(["MMLU, 5-shot"]);
  });
});

describe("new-best markers", () => {
  it("flags only the steps where a side set a new best", () => {
    const s = performanceGap([...models, insightModel({ slug: "o4", name: "Open 4", releaseDate: "2025-06-01", benchmarks: [mmlu(40)] })], MMLU);
    expect(s.steps.map((st) => [st.newBestOpen, st.newBestClosed])).toEqual([
      [false, true],
      [true, false],
      [true, false],
      [true, false],
      [false, false],
    ]);
    expect(stepValues(s)).toEqual([86, 69, 86, 85, 86, 88, 86, 88, 86]);
  });
});
