import { describe, expect, it } from "vitest";
import { apiMonthlyUsd, apiMonthlyUsdWithCache } from "@/lib/domain/break-even";
import type { GpuOption } from "@/lib/domain/hardware";
import { evaluate, factFailures } from "@/lib/domain/recommend/must-haves";
import { recommend } from "@/lib/domain/recommend/recommend";
import { apiRoutes, selfHostRoute } from "@/lib/domain/recommend/routes";
import type { Candidate, MustHaves, Situation } from "@/lib/domain/recommend/types";

const GPUS: GpuOption[] = [
  { id: "a100-80", name: "A100 80GB", memoryGb: 80, memoryBandwidthGbPerSecond: 2039, usdPerHour: 2 },
  { id: "l4-24", name: "L4 24GB", memoryGb: 24, memoryBandwidthGbPerSecond: 300, usdPerHour: 0.5 },
];
const SITUATION: Situation = { inputMTokPerMonth: 50, outputMTokPerMonth: 10, cachedShare: 0, gpuMemoryGb: null, gpus: null, bits: null, benchmark: "MMLU", priority: "balanced" };
const ANY: MustHaves = { deploy: "any" };

function candidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    slug: "open-7b",
    name: "Open 7B",
    access: "open-source",
    organization: { slug: "acme", name: "Acme" },
    licence: { slug: "apache-2-0", name: "Apache 2.0", category: "permissive", commercialUse: "yes", attributionRequired: true },
    modality: "text",
    architecture: "decoder-only",
    parameters: 7e9,
    activeParameters: null,
    selfHostable: true,
    contextLength: 32_768,
    knowledgeCutoff: "2024-06",
    capabilities: { toolCalling: true, reasoning: null, structuredOutput: false },
    inputModalities: ["text"],
    lifecycle: "available",
    opennessScore: 80,
    review: "reviewed",
    prices: [],
    benchmarks: [{ name: "MMLU", setting: "5-shot", score: 60 }],
    ...overrides,
  };
}
const closed = (overrides: Partial<Candidate> = {}) =>
  candidate({
    slug: "closed-x",
    name: "Closed X",
    access: "closed",
    organization: { slug: "vendor", name: "Vendor" },
    licence: { slug: "vendor-terms", name: "Vendor terms", category: "proprietary", commercialUse: "yes" },
    parameters: null,
    selfHostable: false,
    opennessScore: 5,
    prices: [{ provider: "vendor", providerName: "Vendor", inputUsdPerMTok: 2, outputUsdPerMTok: 8, cachedInputUsdPerMTok: 0.5, current: true }],
    benchmarks: [{ name: "MMLU", setting: "5-shot", score: 85 }],
    ...overrides,
  });
const conditional = candidate({ slug: "cond-70b", name: "Cond 70B", access: "open-weights", parameters: 70e9, licence: { slug: "community", name: "Community", category: "open-weights-restricted", commercialUse: "conditional", conditions: "under 700M monthly users" } });
const unreviewed = candidate({ slug: "imported-8b", licence: { slug: "unreviewed-other", name: "Unreviewed", category: "unknown", commercialUse: null }, review: "imported" });

describe("must-haves", () => {
  it("commercial use: yes excludes conditional licences and unknown terms, saying why", () => {
    const must: MustHaves = { deploy: "any", commercialUse: ["yes"] };
    expect(factFailures(candidate(), must, SITUATION)).toEqual([]);
    expect(factFailures(conditional, must, SITUATION)).toEqual([{ constraint: "commercialUse", message: "licence: commercial use only under conditions (under 700M monthly users)" }]);
    const [unknown] = factFailures(unreviewed, must, SITUATION);
    expect(unknown?.constraint).toBe("commercialUse");
    expect(unknown?.message).toMatch(/unknown/);
  });

  it("commercial use with conditions acceptable admits conditional licences, never unknown ones", () => {
    const must: MustHaves = { deploy: "any", commercialUse: ["yes", "conditional"] };
    expect(factFailures(conditional, must, SITUATION)).toEqual([]);
    expect(factFailures(unreviewed, must, SITUATION)).toHaveLength(1);
  });

  it("self-hosting excludes closed models and models that do not fit the GPUs at the chosen precision", () => {
    const onOne80 = { ...SITUATION, gpuMemoryGb: 80, gpus: 1, bits: 16 as const };
    const must: MustHaves = { deploy: "self-host" };
    expect(evaluate(closed(), must, onOne80, GPUS).failed).toEqual([{ constraint: "deploy", message: "self-hosting: the weights are not released" }]);
    // 70B at 16-bit: 70e9 × 2 B × 1.2 = 168 GB → 3 × 80 GB.
    expect(evaluate(conditional, must, onOne80, GPUS).failed[0]?.message).toBe("self-hosting: needs 3 × 80 GB at 16-bit; you have 1");
    // At 4-bit it fits: 70e9 × 0.5 × 1.2 = 42 GB.
    const fit = evaluate(conditional, must, { ...onOne80, bits: 4 }, GPUS);
    expect(fit.failed).toEqual([]);
    expect(fit.routes[0]).toMatchObject({ kind: "self-host", gpusNeeded: 1, bits: 4, gpuMemoryGb: 80 });
  });

  it("a self-host route with unknown size or unknown weights fails rather than passing", () => {
    for (const m of [candidate({ parameters: null }), candidate({ selfHostable: null })]) {
      const fit = selfHostRoute(m, SITUATION, GPUS);
      expect(fit.ok ? "fits" : fit.reason).toMatch(/unknown/);
    }
  });

  it("a budget excludes every route whose monthly cost, by the calculator's own functions, exceeds it", () => {
    const m = closed();
    const cost = apiMonthlyUsd(50e6, 10e6, { inputUsdPerMTok: 2, outputUsdPerMTok: 8 }); // 100 + 80 = 180
    expect(apiRoutes(m, SITUATION)[0]?.monthlyCostUsd).toBe(cost);
    expect(evaluate(m, { deploy: "any", maxMonthlyUsd: cost }, SITUATION, GPUS).failed).toEqual([]);
    const over = evaluate(m, { deploy: "any", maxMonthlyUsd: cost - 1 }, SITUATION, GPUS);
    expect(over.routes).toEqual([]);
    expect(over.failed).toEqual([{ constraint: "maxMonthlyUsd", message: "budget: its cheapest route costs $180 a month, over $179" }]);
  });

  it("prices the cached share of the input at the cached-input price", () => {
    const half = { ...SITUATION, cachedShare: 0.5 };
    const expected = apiMonthlyUsdWithCache(50e6, 10e6, 0.5, { inputUsdPerMTok: 2, outputUsdPerMTok: 8, cachedInputUsdPerMTok: 0.5 });
    expect(expected).toBe(25 * 2 + 25 * 0.5 + 10 * 8);
    expect(apiRoutes(closed(), half)[0]?.monthlyCostUsd).toBe(expected);
  });

  it("names the maker's listing api and any other host", () => {
    const m = closed({ prices: [...closed().prices, { provider: "cloudy", providerName: "Cloudy", inputUsdPerMTok: 1, outputUsdPerMTok: 1, cachedInputUsdPerMTok: null, current: true }] });
    expect(apiRoutes(m, SITUATION).map((r) => r.kind)).toEqual(["api", "host"]);
  });

  it("capabilities, context, lifecycle and the quality floor fail on unknown facts", () => {
    const must: MustHaves = { deploy: "any", capability: ["reasoning", "toolCalling"], minContext: 100_000, available: true, minScore: 70 };
    const failed = factFailures(candidate({ lifecycle: "retired", contextLength: null }), must, SITUATION).map((f) => f.message);
    expect(failed).toEqual(["reasoning: unknown", "context length: unknown", "lifecycle: retired", "MMLU: 60 is under 70"]);
    expect(factFailures(candidate(), { deploy: "any", minScore: 50 }, { ...SITUATION, benchmark: "GPQA" })).toEqual([{ constraint: "minScore", message: "GPQA: no score in the catalogue" }]);
  });
});

describe("recommend", () => {
  const cheapOpen = candidate({ prices: [{ provider: "host", providerName: "Host", inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.2, cachedInputUsdPerMTok: null, current: true }] });

  it("ranks by priority and gives the verdict sentence from the two sides' numbers", () => {
    const input = { candidates: [cheapOpen, closed()], relaxed: [], must: ANY, gpus: GPUS };
    const byCost = recommend({ ...input, situation: { ...SITUATION, priority: "cost" } });
    expect(byCost.items.map((i) => i.model.slug)).toEqual(["open-7b", "closed-x"]);
    expect(byCost.items[0]?.route).toMatchObject({ kind: "host", monthlyCostUsd: 7 });
    expect(byCost.verdict.summary).toBe("An open model (Open 7B) meets every must-have at 4 % of the closed option's cost (Closed X), 25 points lower on MMLU.");
    const byQuality = recommend({ ...input, situation: { ...SITUATION, priority: "quality" } });
    expect(byQuality.items[0]?.model.slug).toBe("closed-x");
    expect(byQuality.items[0]?.reasons[1]).toBe("Quality: MMLU 85 (5-shot), the best of 2 with a score.");
  });

  it("lists trade-offs: attribution, cut-off, GPUs needed", () => {
    const r = recommend({ candidates: [candidate()], relaxed: [], must: { deploy: "self-host" }, situation: { ...SITUATION, gpuMemoryGb: 24, gpus: 1, bits: 8 }, gpus: GPUS });
    expect(r.items[0]?.tradeOffs).toEqual(expect.arrayContaining(["licence requires attribution", "knowledge cut-off 2024-06", "needs 1 × 24 GB at 8-bit"]));
  });

  it("says which must-have rules a side out, and shows near misses failing exactly one", () => {
    const r = recommend({ candidates: [cheapOpen, conditional, closed()], relaxed: [], must: { deploy: "self-host", commercialUse: ["yes"] }, situation: { ...SITUATION, gpuMemoryGb: 80, gpus: 1 }, gpus: GPUS });
    expect(r.verdict.closed.item).toBeNull();
    expect(r.verdict.closed.ruledOutBy).toMatch(/fail “deploy”.*weights are not released/);
    expect(r.verdict.open.item?.model.slug).toBe("open-7b");
    expect(r.nearMisses.map((n) => [n.model.slug, n.failed.map((f) => f.constraint)])).toEqual([
      ["closed-x", ["deploy"]],
      ["cond-70b", ["commercialUse"]],
    ]);
  });

  it("words a relaxed database filter it cannot explain with the message given", () => {
    const r = recommend({ candidates: [], relaxed: [{ constraint: "org", message: "organisation: not among those chosen", models: [closed()] }], must: ANY, situation: SITUATION, gpus: GPUS });
    expect(r.nearMisses).toEqual([{ model: closed(), failed: [{ constraint: "org", message: "organisation: not among those chosen" }] }]);
    expect(r.verdict.summary).toMatch(/^No model meets every must-have/);
  });
});

describe("free tiers", () => {
  it("ignores a listing free in and out (a rate-limited tier says nothing about the cost at volume)", () => {
    const free = candidate({ prices: [{ provider: "nv", providerName: "NV", inputUsdPerMTok: 0, outputUsdPerMTok: 0, cachedInputUsdPerMTok: null, current: true }] });
    expect(apiRoutes(free, SITUATION)).toEqual([]);
    expect(evaluate(free, { deploy: "api" }, SITUATION, GPUS).failed.map((f) => f.constraint)).toEqual(["deploy"]);
  });
});

describe("text in, text out", () => {
  it("a model that takes no text (speech recognition) fails, and is not shown as a near miss", () => {
    const whisper = candidate({ slug: "speech", inputModalities: ["audio"], prices: [{ provider: "h", providerName: "H", inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.1, cachedInputUsdPerMTok: null, current: true }] });
    expect(factFailures(whisper, ANY, SITUATION)).toEqual([{ constraint: "modality", message: "input: audio only, no text" }]);
    const r = recommend({ candidates: [whisper], relaxed: [], must: ANY, situation: SITUATION, gpus: GPUS });
    expect(r.items).toEqual([]);
    expect(r.nearMisses).toEqual([]);
  });
});

describe("image models", () => {
  const listing = { provider: "host-a", providerName: "Host A", inputUsdPerMTok: 1, outputUsdPerMTok: 1, cachedInputUsdPerMTok: null, current: true };
  const openImage = candidate({ slug: "open-image", name: "Open Image", modality: "image", architecture: "diffusion", benchmarks: [], opennessScore: 70, prices: [listing] });
  const closedImage = closed({ slug: "closed-image", name: "Closed Image", modality: "image", benchmarks: [], opennessScore: 10, prices: [{ ...listing, provider: "vendor", providerName: "Vendor" }] });

  it("are never costed per month at text-token volumes: the route says why instead of a number", () => {
    const [route] = apiRoutes(openImage, SITUATION);
    expect(route?.monthlyCostUsd).toBeNull();
    expect(route?.breakdown.join(" ")).toMatch(/not costed per month/);
  });

  it("rank on quality and openness alone, and the verdict does not compare their costs", () => {
    const r = recommend({ candidates: [closedImage, openImage], relaxed: [], must: ANY, situation: { ...SITUATION, priority: "cost" }, gpus: GPUS });
    expect(r.items.map((i) => i.model.slug)).toEqual(["open-image", "closed-image"]);
    expect(r.items[0]?.reasons[0]).toMatch(/^Cost: not ranked/);
    expect(r.verdict.summary).toMatch(/cost not compared/);
    expect(r.verdict.summary).not.toMatch(/% of the closed option's cost|× the closed option's cost/);
  });

  it("fail a budget, saying it cannot be checked, rather than passing it", () => {
    const e = evaluate(openImage, { deploy: "any", maxMonthlyUsd: 1000 }, SITUATION, GPUS);
    expect(e.failed.map((f) => f.constraint)).toEqual(["maxMonthlyUsd"]);
    expect(e.failed[0]?.message).toMatch(/^budget: cannot be checked/);
  });
});
