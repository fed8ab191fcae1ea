import { describe, expect, it } from "vitest";
import { expectEvery } from "../helpers/expect-every";
import {
  DEFAULT_UTILISATION,
  HOURS_PER_MONTH,
  THROUGHPUT_REFERENCE,
  apiMonthlyUsd,
  breakEvenTokensPerMonth,
  defaultSelfHostEstimate,
  defaultTokensPerSecondPerGpu,
  selfHostMonthlyCost,
} from "@/lib/domain/break-even";
import { buildScenario, chartVolumes, type ScenarioInput, type ScenarioModel } from "@/lib/domain/break-even-scenario";
import type { GpuOption } from "@/lib/domain/hardware";

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

const open70b: ScenarioModel = { slug: "open-70b", name: "Open 70B", parameters: 70e9, activeParameters: null, selfHostable: true, apiPrice: null };
const closed: ScenarioModel = {
  slug: "closed",
  name: "Closed",
  parameters: null,
  activeParameters: null,
  selfHostable: false,
  apiPrice: { ...PRICE, provider: "Vendor", sourceUrl: "https://vendor.example", asOf: "2026-01-01" },
};
const input: ScenarioInput = { inputMTokPerMonth: 50, outputMTokPerMonth: 10, gpuId: null, gpus: null, tokensPerSecondPerGpu: null, utilisationPercent: 50, bits: 16, selfHostSlug: null, apiSlug: null };

describe("buildScenario", () => {
  it("pairs the self-hostable model with the API model and derives the GPU count", () => {
    const r = buildScenario([closed, open70b], [A100], input);
    if (!r.ok) throw new Error(r.reason);
    expect(r.scenario.host.slug).toBe("open-70b");
    expect(r.scenario.api.slug).toBe("closed");
    expect(r.scenario.derivedGpus).toBe(3);
    expect(r.scenario.apiMonthlyUsd).toBe(2100);
    expect(r.scenario.selfHostMonthlyUsd).toBeCloseTo(3 * 2 * HOURS_PER_MONTH);
    expect(r.scenario.cheaper).toBe("api");
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
    expect(r.scenario.apiMonthlyUsd).toBe(0);
    expect(r.scenario.apiUsdPerMTok).toBeNull();
    expect(r.scenario.selfHostUsdPerMTok).toBeNull();
    expect(r.scenario.cheaper).toBe("api");
    expect(r.scenario.chart.length).toBeGreaterThan(2);
  });
  it("refuses an editable GPU count too small for the weights, and says so", () => {
    const r = buildScenario([closed, open70b], [A100], { ...input, gpus: 1 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.scenario.assumptions.gpus).toBe(3);
    expect(r.scenario.warnings.join(" ")).toMatch(/cannot hold/);
  });
  it("explains why when no model has a price, or none can be self-hosted", () => {
    const noPrice = buildScenario([open70b, { ...open70b, slug: "other" }], [A100], input);
    expect(noPrice.ok).toBe(false);
    if (!noPrice.ok) expect(noPrice.reason).toMatch(/API price/);
    const noHost = buildScenario([closed, { ...closed, slug: "closed-2" }], [A100], input);
    expect(noHost.ok).toBe(false);
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
