import { describe, expect, it } from "vitest";
import { linearTicks, logTicks, yearLabel, yearTicks, zeroBasedTicks } from "@/lib/domain/insights/axis-ticks";

describe("logTicks", () => {
  it("spans the values with exact powers of ten", () => {
    expect(logTicks([0.053, 37.5])).toEqual({ domain: [0.01, 100], ticks: [0.01, 0.1, 1, 10, 100] });
    expect(logTicks([6e7, 6.71e11])).toEqual({ domain: [1e7, 1e12], ticks: [1e7, 1e8, 1e9, 1e10, 1e11, 1e12] });
  });

  it("ignores zero, negative and non-finite values, and has a default for none", () => {
    expect(logTicks([0, -3, Number.NaN, 5])).toEqual({ domain: [1, 10], ticks: [1, 10] });
    expect(logTicks([])).toEqual({ domain: [1, 10], ticks: [1, 10] });
  });
});

describe("yearTicks", () => {
  it("puts a tick on 1 January of each year, through the year after the last value", () => {
    const s = yearTicks([Date.UTC(2023, 2, 14), Date.UTC(2025, 7, 5)]);
    expect(s.ticks.map(yearLabel)).toEqual(["2023", "2024", "2025", "2026"]);
    expect(s.domain).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2026, 0, 1)]);
  });

  it("ticks every other year beyond a decade", () => {
    const s = yearTicks([Date.UTC(2014, 5, 1), Date.UTC(2025, 5, 1)]);
    expect(s.ticks.map(yearLabel)).toEqual(["2014", "2016", "2018", "2020", "2022", "2024", "2026"]);
  });
});

describe("linearTicks", () => {
  it("rounds out to whole steps and clamps to the scale's bounds", () => {
    expect(linearTicks([57, 91.8], 10, 0, 100)).toEqual({ domain: [50, 100], ticks: [50, 60, 70, 80, 90, 100] });
    expect(linearTicks([99.5], 10, 0, 100)).toEqual({ domain: [90, 100], ticks: [90, 100] });
  });

  it("has a default range for no values", () => {
    expect(linearTicks([], 10)).toEqual({ domain: [0, 10], ticks: [0, 10] });
  });
});

describe("zeroBasedTicks", () => {
  it("starts at zero and steps by round amounts past the largest value", () => {
    expect(zeroBasedTicks([0.55, 2.19])).toEqual({ domain: [0, 3], ticks: [0, 1, 2, 3] });
    expect(zeroBasedTicks([0.12, 0.3])).toEqual({ domain: [0, 0.3], ticks: [0, 0.1, 0.2, 0.3] });
    expect(zeroBasedTicks([30, 60])).toEqual({ domain: [0, 60], ticks: [0, 20, 40, 60] });
    expect(zeroBasedTicks([])).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});
