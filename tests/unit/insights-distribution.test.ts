import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { quantile, summarize } from "@/lib/domain/insights/distribution";

describe("summarize", () => {
  it("gives the five-number summary by linear interpolation (as spreadsheets' QUARTILE.INC)", () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ n: 4, unknown: 0, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(summarize([30, 10, 20])).toMatchObject({ min: 10, median: 20, max: 30, q1: 15, q3: 25 });
  });

  it("counts unknown values apart instead of treating them as zero", () => {
    const s = summarize([null, 80, undefined, 100, Number.NaN]);
    expect(s).toMatchObject({ n: 2, unknown: 3, min: 80, median: 90, max: 100 });
  });

  it("returns nulls, not zeros, for an empty group", () => {
    expect(summarize([])).toEqual({ n: 0, unknown: 0, min: null, q1: null, median: null, q3: null, max: null });
    expect(summarize([null, null])).toMatchObject({ n: 0, unknown: 2, median: null });
  });

  it("a single value is its own median and spread", () => {
    expect(summarize([42])).toMatchObject({ min: 42, q1: 42, median: 42, q3: 42, max: 42 });
  });

  it("keeps min ≤ q1 ≤ median ≤ q3 ≤ max for any data", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 50 }), (values) => {
        const s = summarize(values);
        if (s.n === 0) return s.median === null;
        const order = [s.min, s.q1, s.median, s.q3, s.max] as number[];
        return order.every((v, i) => i === 0 || (order[i - 1] as number) <= v) && s.n + s.unknown === values.length;
      }),
    );
  });

  it("quantile clamps p to [0, 1]", () => {
    expect(quantile([1, 2, 3], -1)).toBe(1);
    expect(quantile([1, 2, 3], 2)).toBe(3);
    expect(quantile([], 0.5)).toBeNull();
  });
});
