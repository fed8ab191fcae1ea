import { describe, expect, it } from "vitest";
import { cheapestOverTime, latestPriceDay, priceOverTime, qualityLevels } from "@/lib/domain/insights/price-over-time";
import { measureId, measureLabel, type QualityMeasure } from "@/lib/domain/insights/quality-measure";
import { closedModel, insightModel } from "./insights-fixtures";

const SWE: QualityMeasure = { id: measureId("SWE-bench Verified", "resolved"), benchmark: "SWE-bench Verified", setting: "resolved", label: measureLabel("SWE-bench Verified", "resolved"), counts: { open: 0, closed: 0 } };
const swe = (score: number) => [{ name: "SWE-bench Verified", setting: "resolved", score, publishedOn: "2025-01-01", sourceUrl: "https://example.org/s" }];
/** A price of `usd` blended (input = output = usd). */
const at = (provider: string, effectiveDate: string, usd: number, lifecycle: string | null = null) => ({ provider, inputUsdPerMTok: usd, outputUsdPerMTok: usd, effectiveDate, lifecycle });

const closedTop = closedModel({ slug: "c-top", name: "Closed Top", benchmarks: swe(80), prices: [at("vendor", "2024-01-01", 10), at("vendor", "2025-01-01", 6)] });
const closedOld = closedModel({ slug: "c-old", name: "Closed Old", benchmarks: swe(72), prices: [at("vendor", "2023-06-01", 20), at("vendor", "2024-06-01", 20, "retired")] });
const openA = insightModel({ slug: "o-a", name: "Open A", access: "open-weights", benchmarks: swe(74), prices: [at("host1", "2024-09-01", 2), at("host2", "2025-03-01", 0.8)] });
const openWeak = insightModel({ slug: "o-weak", name: "Open Weak", benchmarks: swe(50), prices: [at("host1", "2023-01-01", 0.1)] });
const models = [closedTop, closedOld, openA, openWeak];

describe("cheapestOverTime", () => {
  const series = cheapestOverTime(models, SWE, 70, "2025-06-30");
  const on = (date: string) => series.steps.filter((s) => s.date <= date).at(-1);

  it("steps the cheapest model at or above the level on each side, from the price history", () => {
    expect(series.steps.map((s) => [s.date, s.open, s.openModel, s.closed, s.closedModel])).toEqual([
      ["2023-06-01", null, null, 20, "Closed Old"],
      ["2024-01-01", null, null, 10, "Closed Top"],
      ["2024-09-01", 2, "Open A", 10, "Closed Top"],
      ["2025-01-01", 2, "Open A", 6, "Closed Top"],
      ["2025-03-01", 0.8, "Open A", 6, "Closed Top"],
      ["2025-06-30", 0.8, "Open A", 6, "Closed Top"],
    ]);
  });

  it("leaves out models below the level however cheap", () => {
    expect(series.steps.map((s) => s.openModel)).not.toContain("Open Weak");
    expect(series.models).toEqual({ open: 1, closed: 2, openPriced: 1, closedPriced: 2 });
  });

  it("treats a price change with no end date as current up to the last day", () => {
    expect(on("2025-06-30")).toMatchObject({ closed: 6, open: 0.8 });
    expect(series.steps.at(-1)?.date).toBe("2025-06-30");
  });

  it("ignores a retired listing from its retirement on", () => {
    const onlyOld = cheapestOverTime([closedOld], SWE, 70, "2025-06-30");
    expect(onlyOld.steps.map((s) => [s.date, s.closed])).toEqual([
      ["2023-06-01", 20],
      ["2024-06-01", null],
      ["2025-06-30", null],
    ]);
  });

  it("says when each side's price record starts (open prices often begin at a dataset snapshot)", () => {
    expect(series.firstPriced).toEqual({ open: "2024-09-01", closed: "2023-06-01" });
  });

  it("has no steps when no model at the level has a price", () => {
    expect(cheapestOverTime(models, SWE, 99, "2025-06-30").steps).toEqual([]);
  });
});

describe("quality levels and series", () => {
  it("starts at the highest score both sides reach, then 10 and 20 points lower", () => {
    expect(qualityLevels(models, SWE)).toEqual([74, 60, 50]);
    expect(qualityLevels([openA, openWeak], SWE)).toEqual([]);
  });

  it("draws a measure only where both sides have a priced model, up to the newest price day", () => {
    const until = latestPriceDay(models);
    expect(until).toBe("2025-03-01");
    const all = priceOverTime(models, until ?? "");
    expect(all.map((s) => s.measure.label)).toEqual(["SWE-bench Verified, resolved"]);
    expect(all[0]?.levels.map((l) => l.level)).toEqual([74, 60, 50]);
    expect(priceOverTime([openA, openWeak], "2025-06-30")).toEqual([]);
  });
});
