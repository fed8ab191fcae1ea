// The self-hosting price the catalogue shows and filters on is the
// calculator's (selfHostCostAtVolume); the database's bound on it
// (selfHostPriceBound) must agree with that formula everywhere.
import { describe, expect, it } from "vitest";
import { selfHostCostAtVolume, selfHostMonthlyCost, selfHostPriceBound, selfHostRates } from "@/lib/domain/break-even";

const ASSUMPTIONS = { usdPerGpuHour: 2.5, gpus: 2, tokensPerSecondPerGpu: 1500, utilisation: 0.5 };

describe("selfHostCostAtVolume", () => {
  it("is selfHostMonthlyCost, from the rates alone", () => {
    const rates = selfHostRates(ASSUMPTIONS);
    for (const tokens of [0, 1e6, 5e7, 1e9, 1e11]) expect(selfHostCostAtVolume(tokens, rates)).toEqual(selfHostMonthlyCost(tokens, ASSUMPTIONS));
  });

  it("costs the always-on server at low volume and the marginal price at high volume", () => {
    const rates = selfHostRates(ASSUMPTIONS);
    expect(rates.minimumMonthlyUsd).toBe(2 * 2.5 * 730);
    expect(selfHostCostAtVolume(1e6, rates).monthlyUsd).toBe(rates.minimumMonthlyUsd);
    expect(selfHostCostAtVolume(1e12, rates).usdPerMTok).toBeCloseTo(rates.usdPerMTokAtCapacity, 9);
  });
});

describe("selfHostPriceBound", () => {
  // A grid of rates, volumes and bounds, including the exact boundaries.
  const rates = [
    { minimumMonthlyUsd: 1460, usdPerMTokAtCapacity: 0.2 },
    { minimumMonthlyUsd: 14_600, usdPerMTokAtCapacity: 3.1 },
    { minimumMonthlyUsd: 500, usdPerMTokAtCapacity: 0.05 },
  ];
  const volumes = [0.5, 10, 60, 1000, 100_000].map((m) => m * 1e6);
  const bounds = [0.01, 0.05, 0.2, 1, 3.1, 29.2, 146, 1000];

  it("max: the price at the volume is at most the bound exactly when both stored rates are within its limits", () => {
    let inside = 0;
    for (const r of rates)
      for (const tokens of volumes)
        for (const bound of bounds) {
          const price = selfHostCostAtVolume(tokens, r).usdPerMTok!;
          const { max } = selfHostPriceBound(bound, tokens);
          const byRates = r.minimumMonthlyUsd <= max.minimumMonthlyUsdAtMost && r.usdPerMTokAtCapacity <= max.usdPerMTokAtCapacityAtMost;
          expect(byRates, `rates ${JSON.stringify(r)} at ${tokens} tokens, bound ${bound}: price ${price}`).toBe(price <= bound + 1e-12);
          if (byRates) inside++;
        }
    expect(inside).toBeGreaterThan(5);
  });

  it("min: the price at the volume is at least the bound exactly when either stored rate reaches its limit", () => {
    let inside = 0;
    for (const r of rates)
      for (const tokens of volumes)
        for (const bound of bounds) {
          const price = selfHostCostAtVolume(tokens, r).usdPerMTok!;
          const { min } = selfHostPriceBound(bound, tokens);
          const byRates = r.minimumMonthlyUsd >= min.minimumMonthlyUsdAtLeast || r.usdPerMTokAtCapacity >= min.usdPerMTokAtCapacityAtLeast;
          expect(byRates, `rates ${JSON.stringify(r)} at ${tokens} tokens, bound ${bound}: price ${price}`).toBe(price >= bound - 1e-12);
          if (byRates) inside++;
        }
    expect(inside).toBeGreaterThan(5);
  });
});
