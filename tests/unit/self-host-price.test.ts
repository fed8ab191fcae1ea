// The self-hosting price the catalogue shows and filters on is the
// calculator's (selfHostCostAtVolume); the database's bound on it
// (selfHostPriceBound) must agree with that formula everywhere.
import { describe, expect, it } from "vitest";
import { selfHostCostAtVolume, selfHostMonthlyCost, selfHostPriceBound, selfHostRates } from "@/lib/domain/break-even";
import { cataloguePrice } from "@/lib/domain/catalogue-price";

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

describe("cataloguePrice", () => {
  const rates = { minimumMonthlyUsd: 1460, usdPerMTokAtCapacity: 0.2 };
  const api = { blendedUsdPerMTok: 1 };

  it("is the blended API price unless self-hosting is counted", () => {
    expect(cataloguePrice({ price: api, selfHost: rates })).toEqual({ usdPerMTok: 1, basis: "api" });
    expect(cataloguePrice({ price: null, selfHost: rates })).toBeNull();
  });

  it("takes the cheaper of the two at the volume: the server's floor at low volume, the marginal price at high", () => {
    // 1,460 $/month over 60M tokens is $24.33 per 1M: the API wins.
    expect(cataloguePrice({ price: api, selfHost: rates }, 60)).toEqual({ usdPerMTok: 1, basis: "api" });
    // 1,460 $/month over 10,000M tokens is under the marginal $0.2: the marginal price.
    expect(cataloguePrice({ price: api, selfHost: rates }, 10_000)).toEqual({ usdPerMTok: expect.closeTo(0.2, 12) as number, basis: "self-host" });
    expect(cataloguePrice({ price: null, selfHost: rates }, 1460)).toEqual({ usdPerMTok: 1, basis: "self-host" });
  });

  it("has no self-hosting price at zero volume, nor without an estimate", () => {
    expect(cataloguePrice({ price: null, selfHost: rates }, 0)).toBeNull();
    expect(cataloguePrice({ price: api, selfHost: null }, 100)).toEqual({ usdPerMTok: 1, basis: "api" });
  });
});
