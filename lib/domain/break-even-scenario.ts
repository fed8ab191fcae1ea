// The calculator's scenario: self-hosting one compared model against paying for one listing —
// a closed model's API, or an open model bought from a host (the third option). Built from the
// same per-model costs (compare-costs.ts) the summary, the table and the radar use.
import { crossoverTokensPerMonth, curveMonthlyUsd } from "./break-even";
import { type CostModel, type ListingRoute, type ModelCosts, type SelfHostRoute, type Volume, modelCosts, selfHostBlocker, volumeOf } from "./compare-costs";
import type { GpuOption } from "./hardware";
import type { CalculatorQuery } from "@/lib/schemas/compare-query";

/** The reader's assumptions, as the compare URL gives them (lib/schemas/compare-query.ts). */
export type ScenarioInput = CalculatorQuery;

export interface ChartPoint {
  tokensPerMonth: number;
  apiUsd: number;
  selfHostUsd: number;
}

export interface Scenario {
  selfHost: SelfHostRoute;
  api: ListingRoute;
  volume: Volume;
  /** The volume at which the cheaper side changes; null when one side is cheaper at every volume. */
  breakEvenTokensPerMonth: number | null;
  /** Which side is cheaper above the break-even. */
  cheaperAboveBreakEven: "api" | "self-host" | null;
  cheaper: "api" | "self-host" | "equal";
  warnings: string[];
  chart: ChartPoint[];
}

export interface ScenarioCandidates {
  hostCandidates: Array<{ slug: string; name: string }>;
  /** Every paid listing of every compared model, cheapest first per model. */
  apiCandidates: ListingRoute[];
}

export type ScenarioResult = ({ ok: true; scenario: Scenario } | { ok: false; reason: string }) & ScenarioCandidates;

/**
 * Log-spaced volumes from 1M tokens a month to past the reader's volume, the break-even and
 * (so the self-hosting line visibly starts to climb) three times one replica's capacity.
 */
export function chartVolumes(tokensPerMonth: number, breakEven: number | null, replicaCapacity = 0, points = 25): number[] {
  const hi = Math.min(1e13, Math.max(1e9, tokensPerMonth * 10, (breakEven ?? 0) * 10, replicaCapacity * 3));
  const lo = 1e6;
  const step = (Math.log10(hi) - Math.log10(lo)) / (points - 1);
  return Array.from({ length: points }, (_, i) => Math.round(10 ** (Math.log10(lo) + i * step)));
}

/** The model to self-host: the reader's pick, else the first self-hostable one that has something to compare with. */
function pickHost(models: readonly CostModel[], q: CalculatorQuery): CostModel | undefined {
  const candidates = models.filter((m) => selfHostBlocker(m) === null);
  return (
    candidates.find((m) => m.slug === q.selfHostSlug) ??
    candidates.find((h) => models.some((o) => o.slug !== h.slug && o.prices.length > 0)) ??
    candidates[0]
  );
}

/** The listing to pay for: the reader's model and provider; else that model's cheapest; else another model's cheapest; else the host model's own host. */
function pickApi(costs: readonly ModelCosts[], hostSlug: string | undefined, q: CalculatorQuery): ListingRoute | undefined {
  const chosen = costs.find((c) => c.slug === q.apiSlug && c.listings.length > 0);
  if (chosen) return chosen.listings.find((l) => l.listing.provider === q.apiProvider) ?? chosen.listings[0];
  return costs.find((c) => c.slug !== hostSlug && c.listings.length > 0)?.listings[0] ?? costs.find((c) => c.listings.length > 0)?.listings[0];
}

export interface CompareCosts {
  /** One entry per compared model, in the page's order. */
  models: ModelCosts[];
  scenario: ScenarioResult;
}

/** Every compared model's costs at the volume, and the calculator's scenario made from those same numbers. */
export function compareCosts(models: readonly CostModel[], gpus: readonly GpuOption[], q: CalculatorQuery): CompareCosts {
  const host = pickHost(models, q);
  const costs = models.map((m) => modelCosts(m, gpus, q, m.slug === host?.slug));
  const candidates: ScenarioCandidates = {
    hostCandidates: models.filter((m) => selfHostBlocker(m) === null).map((m) => ({ slug: m.slug, name: m.name })),
    apiCandidates: costs.flatMap((c) => c.listings),
  };
  const fail = (reason: string): CompareCosts => ({ models: costs, scenario: { ok: false, reason, ...candidates } });
  if (!host) return fail("None of the compared models can be self-hosted with a known size and a per-token output (text generation).");
  const selfHost = costs.find((c) => c.slug === host.slug)?.selfHost;
  if (!selfHost) return fail("No GPU options are available.");
  const api = pickApi(costs, host.slug, q);
  if (!api) return fail("None of the compared models has a paid API or host listing in the catalogue.");
  return { models: costs, scenario: { ok: true, scenario: scenarioOf(selfHost, api, volumeOf(q)), ...candidates } };
}

function scenarioOf(selfHost: SelfHostRoute, api: ListingRoute, volume: Volume): Scenario {
  const breakEven = crossoverTokensPerMonth([selfHost.curve], [api.curve])[0] ?? null;
  const side = (v: number): "api" | "self-host" | "equal" => {
    const s = curveMonthlyUsd(selfHost.curve, v);
    const a = curveMonthlyUsd(api.curve, v);
    return a < s ? "api" : a > s ? "self-host" : "equal";
  };
  const above = breakEven === null ? null : side(breakEven * 2);
  return {
    selfHost,
    api,
    volume,
    breakEvenTokensPerMonth: breakEven,
    cheaperAboveBreakEven: above === "equal" ? null : above,
    cheaper: api.monthlyUsd < selfHost.monthlyUsd ? "api" : api.monthlyUsd > selfHost.monthlyUsd ? "self-host" : "equal",
    warnings: selfHost.plan.warnings,
    chart: chartVolumes(volume.totalTokens, breakEven, selfHost.plan.replicaCapacityTokensPerMonth).map((v) => ({
      tokensPerMonth: v,
      apiUsd: curveMonthlyUsd(api.curve, v),
      selfHostUsd: curveMonthlyUsd(selfHost.curve, v),
    })),
  };
}

/** The calculator's scenario alone (tests and callers that need no per-model costs). */
export function buildScenario(models: readonly CostModel[], gpus: readonly GpuOption[], q: CalculatorQuery): ScenarioResult {
  return compareCosts(models, gpus, q).scenario;
}
