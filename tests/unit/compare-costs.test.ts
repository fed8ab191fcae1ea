import { describe, expect, it } from "vitest";
import { apiMonthlyUsd, apiMonthlyUsdWithCache, selfHostMonthlyCost } from "@/lib/domain/break-even";
import { type CostModel, listingRoutes, modelCosts, routeWords, selfHostPlan, volumeOf } from "@/lib/domain/compare-costs";
import { type GpuOption, gpuLabel } from "@/lib/domain/hardware";
import { DEFAULT_CALCULATOR_QUERY } from "@/lib/schemas/compare-query";
import { listing, open70b } from "../fixtures/cost-listing";

const A100_RUNPOD: GpuOption = { id: "a100-runpod", name: "A100 SXM 80GB", provider: "RunPod (Secure Cloud)", memoryGb: 80, memoryBandwidthGbPerSecond: 2039, usdPerHour: 1.79 };
const A100_AWS: GpuOption = { id: "a100-aws", name: "A100 SXM 80GB", provider: "AWS (p4de.24xlarge, us-east-1)", memoryGb: 80, memoryBandwidthGbPerSecond: 2039, usdPerHour: 3.43 };
const SMALL: GpuOption = { id: "small", name: "L4 24GB", provider: "Cloudy", memoryGb: 24, memoryBandwidthGbPerSecond: 300, usdPerHour: 0.5 };

const q = (over: Partial<typeof DEFAULT_CALCULATOR_QUERY> = {}) => ({ ...DEFAULT_CALCULATOR_QUERY, inputMTokPerMonth: 50, outputMTokPerMonth: 10, ...over });

describe("apiMonthlyUsdWithCache (the cached-input share)", () => {
  it("bills the cached share of input at the cached price and the rest at the input price", () => {
    const price = { inputUsdPerMTok: 3, outputUsdPerMTok: 15, cachedInputUsdPerMTok: 0.3 };
    // 25M uncached × $3 + 25M cached × $0.30 + 10M out × $15 = 75 + 7.5 + 150.
    expect(apiMonthlyUsdWithCache(50e6, 10e6, 0.5, price)).toBeCloseTo(232.5);
    expect(apiMonthlyUsdWithCache(50e6, 10e6, 0, price)).toBeCloseTo(apiMonthlyUsd(50e6, 10e6, price));
    expect(apiMonthlyUsdWithCache(50e6, 10e6, 1, price)).toBeCloseTo(50 * 0.3 + 150);
  });
  it("charges the full input price when the listing gives no cached price", () => {
    expect(apiMonthlyUsdWithCache(50e6, 10e6, 0.5, { inputUsdPerMTok: 3, outputUsdPerMTok: 15, cachedInputUsdPerMTok: null })).toBeCloseTo(apiMonthlyUsd(50e6, 10e6, { inputUsdPerMTok: 3, outputUsdPerMTok: 15 }));
  });
});

describe("listingRoutes", () => {
  const model: CostModel = {
    ...open70b,
    prices: [
      listing("hostco", 0.9, 0.9, { cachedInputUsdPerMTok: 0.1 }),
      listing("freebie", 0, 0),
      listing("gone", 0.1, 0.1, { lifecycle: "retired" }),
      listing("dearco", 2, 2),
      // An older price of hostco's: history, not current.
      listing("hostco", 5, 5, { effectiveDate: "2024-01-01" }),
    ],
  };
  it("costs every current paid listing at the volume, cheapest first, ignoring retired listings and $0 free tiers", () => {
    const routes = listingRoutes(model, volumeOf(q({ cachedShare: 0.5 })));
    expect(routes.map((r) => r.listing.provider)).toEqual(["hostco", "dearco"]);
    expect(routes[0]?.monthlyUsd).toBeCloseTo(apiMonthlyUsdWithCache(50e6, 10e6, 0.5, { inputUsdPerMTok: 0.9, outputUsdPerMTok: 0.9, cachedInputUsdPerMTok: 0.1 }));
    expect(routes[0]?.usdPerMTok).toBeCloseTo(((routes[0]?.monthlyUsd ?? 0) / 60e6) * 1e6);
  });
  it("has no per-token price at zero volume", () => {
    const [r] = listingRoutes(model, volumeOf(q({ inputMTokPerMonth: 0, outputMTokPerMonth: 0 })));
    expect(r?.monthlyUsd).toBe(0);
    expect(r?.usdPerMTok).toBeNull();
  });
});

describe("selfHostPlan", () => {
  it("picks the GPU with the lowest price per unit of bandwidth that holds the weights on one server", () => {
    const plan = selfHostPlan(open70b, [A100_AWS, SMALL, A100_RUNPOD], q(), false);
    expect(plan?.gpu.id).toBe("a100-runpod");
    expect(plan?.derivedGpus).toBe(3);
  });
  it("follows the reader's GPU and precision for every model, their GPU count and throughput only for the calculator's model", () => {
    const query = q({ gpuId: "a100-aws", bits: 4, gpus: 5, tokensPerSecondPerGpu: 123 });
    const host = selfHostPlan(open70b, [A100_RUNPOD, A100_AWS], query, true);
    const other = selfHostPlan(open70b, [A100_RUNPOD, A100_AWS], query, false);
    expect(host?.gpu.id).toBe("a100-aws");
    expect(host?.bits).toBe(4);
    expect(host?.assumptions).toMatchObject({ gpus: 5, tokensPerSecondPerGpu: 123 });
    expect(other?.gpu.id).toBe("a100-aws");
    expect(other?.assumptions.gpus).toBe(1);
    expect(other?.assumptions.tokensPerSecondPerGpu).toBe(other?.defaultTokensPerSecondPerGpu);
  });
  it("is null for a model that cannot be self-hosted, and says why through modelCosts", () => {
    const closed: CostModel = { ...open70b, slug: "closed", parameters: null, selfHostable: false, prices: [listing("vendor", 30, 60)] };
    expect(selfHostPlan(closed, [A100_RUNPOD], q(), false)).toBeNull();
    expect(modelCosts(closed, [A100_RUNPOD], q(), false).selfHostReason).toMatch(/not released/);
  });
});

describe("modelCosts", () => {
  it("takes the cheapest of the listings and self-hosting at the volume", () => {
    const hosted: CostModel = { ...open70b, prices: [listing("hostco", 2, 2)] };
    const small = modelCosts(hosted, [A100_RUNPOD], q(), false);
    expect(small.cheapest?.kind).toBe("listing");
    // At 50 billion tokens a month the servers (about $1 per 1M at full use) beat $2 per 1M.
    const big = modelCosts(hosted, [A100_RUNPOD], q({ inputMTokPerMonth: 40_000, outputMTokPerMonth: 10_000 }), false);
    expect(big.cheapest?.kind).toBe("self-host");
    expect(big.cheapest?.monthlyUsd).toBeCloseTo(selfHostMonthlyCost(50e9, big.selfHost?.plan.assumptions ?? { usdPerGpuHour: 0, gpus: 0, tokensPerSecondPerGpu: 1, utilisation: 1 }).monthlyUsd);
    expect(big.curves).toHaveLength(2);
  });
  it("names the route with the GPU's provider", () => {
    const r = modelCosts(open70b, [A100_RUNPOD, A100_AWS], q({ bits: 8 }), false).cheapest;
    expect(r && routeWords(r)).toBe("self-hosted on 2× A100 SXM 80GB on RunPod, 8-bit");
  });
});

describe("gpuLabel", () => {
  it("tells two offers of the same card apart by provider", () => {
    expect(gpuLabel(A100_RUNPOD)).toBe("A100 SXM 80GB on RunPod");
    expect(gpuLabel(A100_AWS)).toBe("A100 SXM 80GB on AWS");
    expect(gpuLabel({ name: "H100" })).toBe("H100");
  });
});
