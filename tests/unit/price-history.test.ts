import { describe, expect, it } from "vitest";
import { cheapestOn, monthTicks, priceIntervals, providerPriceSeries, retiredOn } from "@/lib/domain/price-history";

const price = (provider: string, effectiveDate: string, inputUsdPerMTok: number, outputUsdPerMTok: number, extra: { lifecycle?: string | null; cachedInputUsdPerMTok?: number | null } = {}) => ({
  provider,
  providerName: provider.toUpperCase(),
  inputUsdPerMTok,
  outputUsdPerMTok,
  effectiveDate,
  ...extra,
});

describe("priceIntervals", () => {
  it("holds each price until the provider's next change; the last has no end date", () => {
    const intervals = priceIntervals([price("acme", "2024-06-01", 2, 8), price("acme", "2024-01-01", 4, 12), price("host", "2024-03-01", 1, 1)]);
    expect(intervals.get("acme")?.map((iv) => [iv.from, iv.to, iv.record.inputUsdPerMTok])).toEqual([
      ["2024-01-01", "2024-06-01", 4],
      ["2024-06-01", null, 2],
    ]);
    expect(intervals.get("host")?.map((iv) => [iv.from, iv.to])).toEqual([["2024-03-01", null]]);
  });

  it("a retired listing holds no price and ends the one before it", () => {
    const intervals = priceIntervals([price("acme", "2024-01-01", 4, 12), price("acme", "2025-01-01", 4, 12, { lifecycle: "retired" })]);
    expect(intervals.get("acme")?.map((iv) => [iv.from, iv.to])).toEqual([["2024-01-01", "2025-01-01"]]);
    expect(cheapestOn(intervals.get("acme") ?? [], "2025-02-01")).toBeNull();
    expect(cheapestOn(intervals.get("acme") ?? [], "2024-12-31")?.blended).toBe(6);
  });

  it("takes two records of one provider on one day as one change", () => {
    const intervals = priceIntervals([price("acme", "2024-01-01", 4, 12), price("acme", "2024-01-01", 3, 9)]);
    expect(intervals.get("acme")).toHaveLength(1);
    expect(intervals.get("acme")?.[0]?.record.inputUsdPerMTok).toBe(3);
  });
});

describe("cheapestOn", () => {
  it("reads the price in effect on a day: from inclusive, to exclusive; none before the first", () => {
    const ivs = priceIntervals([price("acme", "2024-01-01", 4, 12), price("acme", "2024-06-01", 2, 8)]).get("acme") ?? [];
    expect(cheapestOn(ivs, "2023-12-31")).toBeNull();
    expect(cheapestOn(ivs, "2024-01-01")?.blended).toBe(6);
    expect(cheapestOn(ivs, "2024-06-01")?.blended).toBe(3.5);
    expect(cheapestOn(ivs, "2030-01-01")?.blended).toBe(3.5);
  });

  it("never reads a free tier as a price", () => {
    const ivs = priceIntervals([price("acme", "2024-01-01", 0, 0)]).get("acme") ?? [];
    expect(cheapestOn(ivs, "2024-02-01")).toBeNull();
  });
});

describe("providerPriceSeries", () => {
  const prices = [
    price("host", "2025-03-01", 1, 2),
    price("acme", "2024-01-01", 4, 12, { cachedInputUsdPerMTok: 1 }),
    price("acme", "2024-06-01", 2, 8),
    price("gone", "2024-02-01", 3, 3),
    price("gone", "2024-09-01", 3, 3, { lifecycle: "retired" }),
  ];

  it("draws each provider's changes as steps up to the day prices were read; the newest change is current", () => {
    const [acme] = providerPriceSeries(prices, "2025-07-01", "acme");
    expect(acme?.provider).toBe("acme");
    expect(acme?.points.map((p) => [p.date, p.input, p.output, p.cachedInput])).toEqual([
      ["2024-01-01", 4, 12, 1],
      ["2024-06-01", 2, 8, null],
      ["2025-07-01", 2, 8, null],
    ]);
    expect(acme).toMatchObject({ changes: 2, current: true, retiredOn: null });
    expect(acme?.points[0]?.t).toBe(Date.UTC(2024, 0, 1));
  });

  it("ends a retired listing's line on its retirement day and does not call it current", () => {
    const gone = providerPriceSeries(prices, "2025-07-01").find((s) => s.provider === "gone");
    expect(gone?.points.map((p) => p.date)).toEqual(["2024-02-01", "2024-09-01"]);
    expect(gone).toMatchObject({ current: false, retiredOn: "2024-09-01" });
    expect(retiredOn(prices, "acme")).toBeNull();
  });

  it("orders providers by recorded changes, the maker's own API first among equals", () => {
    expect(providerPriceSeries(prices, "2025-07-01", "host").map((s) => s.provider)).toEqual(["acme", "host", "gone"]);
    expect(providerPriceSeries(prices, "2025-07-01", "gone").map((s) => s.provider)).toEqual(["acme", "gone", "host"]);
  });
});

describe("monthTicks", () => {
  it("puts at most six month-start ticks across the span, on round months", () => {
    const ticks = monthTicks(Date.UTC(2023, 2, 14), Date.UTC(2026, 6, 2));
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.map((t) => new Date(t).toISOString().slice(0, 7))).toEqual(["2024-01", "2025-01", "2026-01"]);
    expect(monthTicks(Date.UTC(2025, 7, 5), Date.UTC(2025, 10, 1)).map((t) => new Date(t).toISOString().slice(0, 7))).toEqual(["2025-09", "2025-10", "2025-11"]);
  });
});
