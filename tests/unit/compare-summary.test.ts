import { describe, expect, it } from "vitest";
import { apiMonthlyUsdWithCache, breakEvenTokensPerMonth, selfHostMonthlyCost } from "@/lib/domain/break-even";
import { compareCosts } from "@/lib/domain/break-even-scenario";
import { volumeOf } from "@/lib/domain/compare-costs";
import { buildCompareGroups } from "@/lib/domain/compare-rows";
import { licenceAnswer, qualityAnswer } from "@/lib/domain/compare-summary";
import { costAnswer } from "@/lib/domain/compare-summary-cost";
import { formatMonthlyUsd, formatTokenCount } from "@/lib/domain/format";
import type { GpuOption } from "@/lib/domain/hardware";
import { logScaleScore, scoreProsCons, COST_BEST_USD_PER_MTOK, COST_WORST_USD_PER_MTOK } from "@/lib/domain/pros-cons";
import { DEFAULT_CALCULATOR_QUERY, type CalculatorQuery } from "@/lib/schemas/compare-query";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { closedModelFixture, modelDetailFixture } from "../fixtures/model-detail";

const GPUS: GpuOption[] = [{ id: "a100", name: "A100 80GB", provider: "GPU Cloud", memoryGb: 80, memoryBandwidthGbPerSecond: 2039, usdPerHour: 1.79, sourceUrl: "https://gpu.example/pricing", asOf: "2026-11-09" }];
const q = (over: Partial<CalculatorQuery> = {}): CalculatorQuery => ({ ...DEFAULT_CALCULATOR_QUERY, inputMTokPerMonth: 50, outputMTokPerMonth: 10, ...over });

/** A Llama-2-70B-like open model (no listing) and a GPT-4-like closed one at $30 / $60. */
const open70b = modelDetailFixture({ slug: "open-70b", name: "Open 70B", parameters: 70e9 });
const closed = closedModelFixture();
type Price = ModelDetail["prices"][number];
const hostListing = (provider: string, input: number, output: number, extra: Partial<Price> = {}): Price => ({
  ...closed.prices[0]!,
  provider,
  providerName: provider.toUpperCase(),
  inputUsdPerMTok: input,
  outputUsdPerMTok: output,
  sourceUrl: `https://${provider}.example/pricing`,
  ...extra,
});
const rowOf = (models: ModelDetail[], query: CalculatorQuery, id: string) => {
  const row = buildCompareGroups(models, GPUS, query).flatMap((g) => g.rows).find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe("the compare page's numbers agree with the calculator", () => {
  const query = q();
  const { models: costs, scenario } = compareCosts([open70b, closed], GPUS, query);
  if (!scenario.ok) throw new Error(scenario.reason);
  const s = scenario.scenario;

  it("the summary names the cheaper option, by the calculator's monthly costs", () => {
    const answer = costAnswer(costs, volumeOf(query));
    expect(s.api.monthlyUsd).toBe(2100);
    expect(s.selfHost.monthlyUsd).toBeCloseTo(selfHostMonthlyCost(60e6, s.selfHost.plan.assumptions).monthlyUsd);
    expect(answer.ranked.map((m) => [m.slug, m.monthlyUsd])).toEqual([
      ["closed-4", s.api.monthlyUsd],
      ["open-70b", s.selfHost.monthlyUsd],
    ]);
    expect(answer.verdict).toContain(`Closed 4 is cheaper at your volume: ${formatMonthlyUsd(2100)} a month, ${formatMonthlyUsd(s.selfHost.monthlyUsd - 2100)}`);
  });
  it("the summary's crossover is the calculator's break-even", () => {
    const answer = costAnswer(costs, volumeOf(query));
    const breakEven = breakEvenTokensPerMonth(50 / 60, closed.prices[0]!, s.selfHost.plan.assumptions);
    expect(answer.crossoverTokensPerMonth).toEqual([expect.closeTo(breakEven ?? NaN, 0)]);
    expect(s.breakEvenTokensPerMonth).toBeCloseTo(breakEven ?? NaN, 0);
    expect(answer.crossover).toBe(`From ${formatTokenCount(breakEven ?? 0)} tokens a month (at the same input/output mix), Open 70B becomes cheaper.`);
  });
  it("the table's cost rows carry the calculator's monthly costs", () => {
    const monthly = rowOf([open70b, closed], query, "monthly-cost");
    expect(monthly.cells.map((c) => c.rank)).toEqual([s.selfHost.monthlyUsd, s.api.monthlyUsd]);
    expect(monthly.cells.map((c) => c.better)).toEqual([false, true]);
    expect(monthly.cells[0]?.values[0]?.text).toContain(formatMonthlyUsd(s.selfHost.monthlyUsd));
    expect(rowOf([open70b, closed], query, "self-host").cells[0]?.rank).toBe(s.selfHost.monthlyUsd);
  });
  it("the radar's cost axis scores the same price per 1M tokens at the same volume", () => {
    const [openScores, closedScores] = [open70b, closed].map((m, i) => scoreProsCons(m, { gpus: GPUS, costs: costs[i], tokensPerMonth: 60e6 }).cost);
    expect(openScores?.score).toBe(logScaleScore(s.selfHost.usdPerMTok ?? NaN, COST_BEST_USD_PER_MTOK, COST_WORST_USD_PER_MTOK));
    expect(closedScores?.score).toBe(logScaleScore(s.api.usdPerMTok ?? NaN, COST_BEST_USD_PER_MTOK, COST_WORST_USD_PER_MTOK));
    // At 60M tokens a month the always-on server is dearer per token than the API: the radar says so too.
    expect(openScores?.score ?? 100).toBeLessThan(closedScores?.score ?? 0);
  });
  it("a change of volume moves every one of them together", () => {
    const big = q({ inputMTokPerMonth: 500, outputMTokPerMonth: 100 });
    const r = compareCosts([open70b, closed], GPUS, big);
    if (!r.scenario.ok) throw new Error(r.scenario.reason);
    expect(r.scenario.scenario.cheaper).toBe("self-host");
    expect(costAnswer(r.models, volumeOf(big)).ranked[0]?.slug).toBe("open-70b");
    expect(rowOf([open70b, closed], big, "monthly-cost").cells.map((c) => c.better)).toEqual([true, false]);
  });
});

describe("costAnswer", () => {
  it("counts an open model bought from a host, and says when the other side never catches up", () => {
    const hosted = modelDetailFixture({ ...open70b, prices: [hostListing("hostco", 0.9, 0.9), hostListing("freeco", 0, 0), hostListing("oldco", 0.1, 0.1, { lifecycle: "retired" })] });
    const { models } = compareCosts([hosted, closed], GPUS, q());
    const answer = costAnswer(models, volumeOf(q()));
    expect(answer.ranked[0]).toMatchObject({ slug: "open-70b", monthlyUsd: 60 * 0.9, how: "via HOSTCO" });
    expect(answer.crossover).toBe("Closed 4 is not cheaper at any volume (at the same input/output mix).");
  });
  it("prices the cached share of input at each listing's cached price", () => {
    const cached = closedModelFixture({ prices: [hostListing("vendor", 30, 60, { cachedInputUsdPerMTok: 3 })] });
    const query = q({ cachedShare: 0.5 });
    const { models } = compareCosts([open70b, cached], GPUS, query);
    expect(costAnswer(models, volumeOf(query)).ranked.find((m) => m.slug === "closed-4")?.monthlyUsd).toBeCloseTo(
      apiMonthlyUsdWithCache(50e6, 10e6, 0.5, { inputUsdPerMTok: 30, outputUsdPerMTok: 60, cachedInputUsdPerMTok: 3 }),
    );
    expect(costAnswer(models, volumeOf(query)).volumeWords).toBe("50M input + 10M output tokens a month, 50% of input cached");
  });
  it("says what it cannot cost, and asks for a volume at zero", () => {
    const unpriced = closedModelFixture({ slug: "quiet", name: "Quiet", prices: [] });
    const one = costAnswer(compareCosts([unpriced, closed], GPUS, q()).models, volumeOf(q()));
    expect(one.verdict).toMatch(/^Only Closed 4 can be costed/);
    expect(one.unpriced.map((u) => u.name)).toEqual(["Quiet"]);
    expect(one.unpriced[0]?.reason).toMatch(/not released/);
    const zero = q({ inputMTokPerMonth: 0, outputMTokPerMonth: 0 });
    expect(costAnswer(compareCosts([open70b, closed], GPUS, zero).models, volumeOf(zero)).verdict).toMatch(/enter your volume/);
  });
});

describe("licenceAnswer", () => {
  it("names the licence that is at least as free on every known clause and freer on one", () => {
    const a = licenceAnswer([modelDetailFixture(), closed]);
    // Both allow commercial use; Apache is freer on the other four clauses known for both (attribution is unknown for Vendor Terms).
    expect(a.verdict).toBe(
      "Apache License 2.0 restricts less (on the clauses known for each): no use restrictions, allows training other models on its output, allows redistribution and allows derivatives such as fine-tunes.",
    );
  });
  it("says neither when each is freer on something, and what each allows", () => {
    const conditional = modelDetailFixture({
      licence: { ...modelDetailFixture().licence, slug: "community", name: "Community Licence", commercialUse: "conditional", conditions: "Over 700M users need another licence.", useRestrictions: true, outputTrainingBan: true },
    });
    const a = licenceAnswer([conditional, closed]);
    expect(a.verdict).toMatch(/^Neither licence is freer on every point/);
    expect(a.points).toContain("Community Licence (Acme 7B): allows redistribution and allows derivatives such as fine-tunes.");
    expect(a.points).toContain("Vendor Terms (Closed 4): commercial use without conditions.");
    expect(a.points).toContain("Both: restricts some uses and bans training other models on its output.");
  });
  it("says so when the models share one licence", () => {
    expect(licenceAnswer([modelDetailFixture(), modelDetailFixture({ slug: "b", name: "B" })]).verdict).toMatch(/share one licence, Apache License 2.0/);
  });
});

describe("qualityAnswer", () => {
  const bench = (name: string, score: number, setting: string | null) => ({ name, setting, score, publishedOn: "2024-01-01", sourceUrl: "https://x.example", sourceKey: null });
  it("ranks only scores measured in the same setting, and names the others", () => {
    const a = modelDetailFixture({ name: "A", benchmarks: [bench("MMLU", 70, "5-shot"), bench("GPQA Diamond", 40, "0-shot")] });
    const b = modelDetailFixture({ slug: "b", name: "B", benchmarks: [bench("MMLU", 80, "5-shot"), bench("GPQA Diamond", 50, "0-shot CoT"), bench("HumanEval", 60, "pass@1")] });
    const answer = qualityAnswer([a, b]);
    expect(answer.verdict).toBe("B scores higher on MMLU (5-shot).");
    expect(answer.points).toEqual(["MMLU (5-shot): B 80, A 70.", "GPQA Diamond: measured in different settings, so not ranked.", "HumanEval: only B has a score."]);
  });
  it("finds the shared setting when a model reports several", () => {
    const a = modelDetailFixture({ name: "A", benchmarks: [bench("MMLU", 90, "0-shot CoT"), bench("MMLU", 70, "5-shot")] });
    const b = modelDetailFixture({ slug: "b", name: "B", benchmarks: [bench("MMLU", 80, "5-shot")] });
    expect(qualityAnswer([a, b]).verdict).toBe("B scores higher on MMLU (5-shot).");
  });
  it("never ranks scores whose setting is not stated, and adds the quantisation caveat", () => {
    const a = modelDetailFixture({ name: "A", benchmarks: [bench("MMLU", 70, null)] });
    const b = modelDetailFixture({ slug: "b", name: "B", benchmarks: [bench("MMLU", 80, null)] });
    const answer = qualityAnswer([a, b], ["A"]);
    expect(answer.verdict).toMatch(/none is ranked/);
    expect(answer.points.at(-1)).toMatch(/^Self-hosting A below 16-bit: expect somewhat lower scores/);
  });
});
