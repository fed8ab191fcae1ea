import { describe, expect, it } from "vitest";
import { expectEvery } from "../helpers/expect-every";
import {
  DEFAULT_UTILISATION,
  crossoverTokensPerMonth,
  selfHostCurve,
  HOURS_PER_MONTH,
  THROUGHPUT_REFERENCE,
  apiMonthlyUsd,
  breakEvenTokensPerMonth,
  defaultSelfHostEstimate,
  defaultTokensPerSecondPerGpu,
  selfHostMonthlyCost,
} from "@/lib/domain/break-even";
import { buildScenario, chartVolumes, type ScenarioInput } from "@/lib/domain/break-even-scenario";
import type { CostModel } from "@/lib/domain/compare-costs";
import type { GpuOption } from "@/lib/domain/hardware";
import { DEFAULT_CALCULATOR_QUERY } from "@/lib/schemas/compare-query";
import { listing, open70b } from "../fixtures/cost-listing";

const A100: GpuOption = { id: "a100", name: "A100 80GB", memoryGb: 80, memoryBandwidthGbPerSecond: 2039, usdPerHour: 2 };
const SMALL: GpuOption = { id: "small", name: "Small 24GB", memoryGb: 24, memoryBandwidthGbPerSecond: 600, usdPerHour: 1 };
const PRICE = { inputUsdPerMTok: 30, outputUsdPerMTok: 60 };
const ONE_GPU = { usdPerGpuHour: 2, gpus: 1, tokensPerSecondPerGpu: 1000, utilisation: 0.5 };

describe("selfHostMonthlyCost", () => {
  it("costs one always-on replica at zero volume, with no per-token price", () => {
    const c = selfHostMonthlyCost(0, ONE_GPU);
    expect(c.monthlyUsd).toBe(2 * HOURS_PER_MONTH);
    expect(c.usdPerMTok).toBeNull();
  });
  it("grows with volume once one replica's capacity is used", () => {
    const capacity = 1000 * 0.5 * 3600 * HOURS_PER_MONTH;
    expect(selfHostMonthlyCost(capacity, ONE_GPU).monthlyUsd).toBeCloseTo(1460);
    expect(selfHostMonthlyCost(capacity * 3, ONE_GPU).monthlyUsd).toBeCloseTo(4380);
    expect(selfHostMonthlyCost(capacity, ONE_GPU).usdPerMTokAtCapacity).toBeCloseTo(1460 / (capacity / 1e6));
  });
});

describe("apiMonthlyUsd", () => {
  it("prices input and output tokens separately", () => {
    expect(apiMonthlyUsd(50e6, 10e6, PRICE)).toBe(2100);
    expect(apiMonthlyUsd(0, 0, PRICE)).toBe(0);
  });
});

describe("breakEvenTokensPerMonth", () => {
  it("is the always-on floor divided by the API's price at the mix", () => {
    // All input: $30 per 1M; floor $1,460 → 48.67M tokens.
    expect(breakEvenTokensPerMonth(1, PRICE, ONE_GPU)).toBeCloseTo((1460 / 30) * 1e6);
  });
  it("moves with the input/output mix (output is dearer, so break-even comes sooner)", () => {
    expect(breakEvenTokensPerMonth(0, PRICE, ONE_GPU)).toBeLessThan(breakEvenTokensPerMonth(1, PRICE, ONE_GPU) ?? 0);
  });
  it("is null when the API is cheaper than self-hosting at any volume", () => {
    expect(breakEvenTokensPerMonth(0.75, { inputUsdPerMTok: 0.01, outputUsdPerMTok: 0.02 }, ONE_GPU)).toBeNull();
  });
});

describe("defaultTokensPerSecondPerGpu", () => {
  it("reproduces the cited reference for the reference model and GPU", () => {
    expect(defaultTokensPerSecondPerGpu(THROUGHPUT_REFERENCE.activeParameters, A100)).toBe(THROUGHPUT_REFERENCE.tokensPerSecondPerGpu);
  });
  it("scales down with size and with memory bandwidth", () => {
    expect(defaultTokensPerSecondPerGpu(67.4e9, A100)).toBe(1005);
    expect(defaultTokensPerSecondPerGpu(6.74e9, SMALL)).toBeLessThan(THROUGHPUT_REFERENCE.tokensPerSecondPerGpu / 3);
  });
  it("does not extrapolate below 1B parameters, and is null for an unknown size", () => {
    expect(defaultTokensPerSecondPerGpu(1e8, A100)).toBe(defaultTokensPerSecondPerGpu(1e9, A100));
    expect(defaultTokensPerSecondPerGpu(null, A100)).toBeNull();
  });
});

describe("defaultSelfHostEstimate", () => {
  it("is null for a model with no parameter count (e.g. GPT-4)", () => {
    expect(defaultSelfHostEstimate({ parameters: null }, [A100])).toBeNull();
  });
  it("is null for models that do not generate tokens, and with no GPUs", () => {
    expect(defaultSelfHostEstimate({ parameters: 1e9, modality: "image", architecture: "diffusion" }, [A100])).toBeNull();
    expect(defaultSelfHostEstimate({ parameters: 7e9 }, [])).toBeNull();
  });
  it("picks the cheapest GPU per token that holds the weights", () => {
    const e = defaultSelfHostEstimate({ parameters: 7e9 }, [A100, SMALL]);
    expect(e?.assumptions.gpuId).toBe("a100");
    expect(e?.assumptions.bits).toBe(16);
    expect(e?.assumptions.utilisation).toBe(DEFAULT_UTILISATION);
  });
  it("falls back to lower precision when 16-bit needs more than one server", () => {
    const e = defaultSelfHostEstimate({ parameters: 405e9 }, [A100]);
    expect(e?.assumptions).toMatchObject({ bits: 8, gpus: 7 });
  });
  it("is null when even 4-bit does not fit one server", () => {
    expect(defaultSelfHostEstimate({ parameters: 2e12 }, [A100])).toBeNull();
  });
  it("uses active parameters for speed, total parameters for memory (mixture of experts)", () => {
    const dense = defaultSelfHostEstimate({ parameters: 46.7e9 }, [A100]);
    const moe = defaultSelfHostEstimate({ parameters: 46.7e9, activeParameters: 12.9e9 }, [A100]);
    expect(moe?.assumptions.gpus).toBe(dense?.assumptions.gpus);
    expect(moe?.usdPerMTok ?? Infinity).toBeLessThan(dense?.usdPerMTok ?? 0);
  });
});

const closed: CostModel = { slug: "closed", name: "Closed", parameters: null, activeParameters: null, selfHostable: false, prices: [listing("vendor", 30, 60)] };
const input: ScenarioInput = { ...DEFAULT_CALCULATOR_QUERY, inputMTokPerMonth: 50, outputMTokPerMonth: 10 };

describe("buildScenario", () => {
  it("pairs the self-hostable model with the API model and derives the GPU count", () => {
    const r = buildScenario([closed, open70b], [A100], input);
    if (!r.ok) throw new Error(r.reason);
    expect(r.scenario.selfHost.model.slug).toBe("open-70b");
    expect(r.scenario.api.model.slug).toBe("closed");
    expect(r.scenario.selfHost.plan.derivedGpus).toBe(3);
    expect(r.scenario.api.monthlyUsd).toBe(2100);
    expect(r.scenario.selfHost.monthlyUsd).toBeCloseTo(3 * 2 * HOURS_PER_MONTH);
    expect(r.scenario.cheaper).toBe("api");
    // The break-even is breakEvenTokensPerMonth's, at the same mix and GPUs.
    expect(r.scenario.breakEvenTokensPerMonth).toBeCloseTo(breakEvenTokensPerMonth(50 / 60, PRICE, r.scenario.selfHost.plan.assumptions) ?? NaN);
    expect(r.scenario.cheaperAboveBreakEven).toBe("self-host");
  });
  it("moves the break-even when the monthly tokens change the mix", () => {
    const a = buildScenario([closed, open70b], [A100], input);
    const b = buildScenario([closed, open70b], [A100], { ...input, outputMTokPerMonth: 200 });
    if (!a.ok || !b.ok) throw new Error("no scenario");
    expect(b.scenario.breakEvenTokensPerMonth).not.toBe(a.scenario.breakEvenTokensPerMonth);
  });
  it("handles zero volume: no per-token costs, API bill $0, self-host floor", () => {
    const r = buildScenario([closed, open70b], [A100], { ...input, inputMTokPerMonth: 0, outputMTokPerMonth: 0 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.scenario.api.monthlyUsd).toBe(0);
    expect(r.scenario.api.usdPerMTok).toBeNull();
    expect(r.scenario.selfHost.usdPerMTok).toBeNull();
    expect(r.scenario.cheaper).toBe("api");
    expect(r.scenario.chart.length).toBeGreaterThan(2);
  });
  it("refuses an editable GPU count too small for the weights, and says so", () => {
    const r = buildScenario([closed, open70b], [A100], { ...input, gpus: 1 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.scenario.selfHost.plan.assumptions.gpus).toBe(3);
    expect(r.scenario.warnings.join(" ")).toMatch(/cannot hold/);
  });
  it("explains why when no model has a price, or none can be self-hosted", () => {
    const noPrice = buildScenario([open70b, { ...open70b, slug: "other" }], [A100], input);
    expect(noPrice.ok).toBe(false);
    if (!noPrice.ok) expect(noPrice.reason).toMatch(/listing/);
    const noHost = buildScenario([closed, { ...closed, slug: "closed-2" }], [A100], input);
    expect(noHost.ok).toBe(false);
  });
  it("can pay a host of the open model itself: the third option beside self-hosting and a closed API", () => {
    const hosted: CostModel = { ...open70b, prices: [listing("hostco", 0.9, 0.9), listing("cheapco", 0.7, 0.8)] };
    const r = buildScenario([closed, hosted], [A100], { ...input, apiSlug: "open-70b", apiProvider: "hostco" });
    if (!r.ok) throw new Error(r.reason);
    expect(r.scenario.api.model.slug).toBe("open-70b");
    expect(r.scenario.api.listing.provider).toBe("hostco");
    expect(r.scenario.api.monthlyUsd).toBeCloseTo(apiMonthlyUsd(50e6, 10e6, { inputUsdPerMTok: 0.9, outputUsdPerMTok: 0.9 }));
    // Every listing of every model is on offer; an unknown provider falls back to that model's cheapest.
    expect(r.apiCandidates.map((c) => `${c.model.slug}/${c.listing.provider}`)).toEqual(["closed/vendor", "open-70b/cheapco", "open-70b/hostco"]);
    const fallback = buildScenario([closed, hosted], [A100], { ...input, apiSlug: "open-70b", apiProvider: "nobody" });
    expect(fallback.ok && fallback.scenario.api.listing.provider).toBe("cheapco");
  });
});

describe("crossoverTokensPerMonth", () => {
  const selfHost = selfHostCurve(ONE_GPU); // $1,460 floor
  it("finds where an always-on server starts beating a per-token price", () => {
    expect(crossoverTokensPerMonth([selfHost], [{ floorUsd: 0, usdPerMTok: 30 }])).toEqual([expect.closeTo((1460 / 30) * 1e6, 0)]);
  });
  it("is empty when one side is cheaper at every volume, or both cost the same", () => {
    expect(crossoverTokensPerMonth([{ floorUsd: 0, usdPerMTok: 1 }], [{ floorUsd: 0, usdPerMTok: 2 }])).toEqual([]);
    expect(crossoverTokensPerMonth([selfHost], [{ floorUsd: 0, usdPerMTok: 0.001 }])).toEqual([]);
    expect(crossoverTokensPerMonth([selfHost], [selfHost])).toEqual([]);
  });
  it("takes the cheapest route of each side, so a cheap host keeps an open model ahead at every volume", () => {
    const open = [selfHost, { floorUsd: 0, usdPerMTok: 0.9 }];
    expect(crossoverTokensPerMonth(open, [{ floorUsd: 0, usdPerMTok: 30 }])).toEqual([]);
  });
  it("follows a side whose cheapest route changes with volume", () => {
    // A pays 5 per 1M. B pays 10 per 1M by API, or runs a server: $1,000 a month, then 1 per 1M.
    // Below 100M B's API is dearer than A; up to 200M A's bill stays under B's $1,000 server; above it B wins.
    const a = [{ floorUsd: 0, usdPerMTok: 5 }];
    const b = [{ floorUsd: 0, usdPerMTok: 10 }, { floorUsd: 1000, usdPerMTok: 1 }];
    expect(crossoverTokensPerMonth(a, b)).toEqual([expect.closeTo(200e6, 0)]);
  });
});

describe("chartVolumes", () => {
  it("spans 1M tokens to past both the volume and the break-even, increasing", () => {
    const v = chartVolumes(5e9, 2e10);
    expect(v[0]).toBe(1e6);
    expect(v.at(-1)).toBeGreaterThanOrEqual(2e11);
    expectEvery(v.slice(1).map((x, i) => [v[i] ?? 0, x] as const), ([previous, x]) => x > previous, "consecutive volumes");
  });
});
