// One self-host-vs-API scenario from the compared models and the reader's assumptions:
// which pair, the derived defaults, the monthly costs, the break-even and the chart series.
import {
  type ApiPrice,
  type SelfHostAssumptions,
  apiMonthlyUsd,
  breakEvenTokensPerMonth,
  defaultTokensPerSecondPerGpu,
  generatesTokens,
  selfHostMonthlyCost,
} from "./break-even";
import type { CalculatorQuery } from "@/lib/schemas/compare-query";
import { type GpuOption, MAX_GPUS_PER_NODE, gpusNeeded, servingMemoryGb } from "./hardware";

export interface ScenarioModel {
  slug: string;
  name: string;
  parameters: number | null;
  activeParameters: number | null;
  selfHostable: boolean | null;
  modality?: string;
  architecture?: string;
  /** The cheapest current listing, or null. */
  apiPrice: (ApiPrice & { provider: string; sourceUrl: string; asOf: string }) | null;
}

/** The reader's assumptions, as the compare URL gives them (lib/schemas/compare-query.ts). */
export type ScenarioInput = CalculatorQuery;

export interface ChartPoint {
  tokensPerMonth: number;
  apiUsd: number;
  selfHostUsd: number;
}

export interface Scenario {
  host: ScenarioModel;
  api: ScenarioModel & { apiPrice: NonNullable<ScenarioModel["apiPrice"]> };
  gpu: GpuOption;
  derivedGpus: number;
  defaultTokensPerSecondPerGpu: number;
  assumptions: SelfHostAssumptions;
  servingGb: number;
  tokensPerMonth: number;
  apiMonthlyUsd: number;
  selfHostMonthlyUsd: number;
  apiUsdPerMTok: number | null;
  selfHostUsdPerMTok: number | null;
  breakEvenTokensPerMonth: number | null;
  cheaper: "api" | "self-host" | "equal";
  warnings: string[];
  chart: ChartPoint[];
}

export type ScenarioResult =
  | { ok: true; scenario: Scenario; hostCandidates: ScenarioModel[]; apiCandidates: ScenarioModel[] }
  | { ok: false; reason: string; hostCandidates: ScenarioModel[]; apiCandidates: ScenarioModel[] };

const M = 1e6;

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

/** Picks the pair (a self-hostable model and a different one with an API price) and costs it. */
export function buildScenario(models: readonly ScenarioModel[], gpus: readonly GpuOption[], input: ScenarioInput): ScenarioResult {
  const hostCandidates = models.filter((m) => m.selfHostable && m.parameters !== null && generatesTokens(m));
  const apiCandidates = models.filter((m) => m.apiPrice !== null);
  const fail = (reason: string): ScenarioResult => ({ ok: false, reason, hostCandidates, apiCandidates });
  if (hostCandidates.length === 0) return fail("None of the compared models can be self-hosted with a known size and a per-token output (text generation).");
  if (apiCandidates.length === 0) return fail("None of the compared models has an API price in the catalogue.");

  const host = hostCandidates.find((m) => m.slug === input.selfHostSlug) ?? hostCandidates.find((h) => apiCandidates.some((a) => a.slug !== h.slug)) ?? hostCandidates[0];
  const api = apiCandidates.find((m) => m.slug === input.apiSlug && m.slug !== host?.slug) ?? apiCandidates.find((m) => m.slug !== host?.slug);
  if (!host || !api?.apiPrice) return fail("The break-even needs two different models: one to self-host and one with an API price.");

  const warnings: string[] = [];
  const fitting = (g: GpuOption) => (gpusNeeded(host.parameters, input.bits, g.memoryGb) ?? Infinity) <= MAX_GPUS_PER_NODE;
  const cheapestFitting = [...gpus].filter(fitting).sort((a, b) => a.usdPerHour / a.memoryBandwidthGbPerSecond - b.usdPerHour / b.memoryBandwidthGbPerSecond)[0];
  const gpu = gpus.find((g) => g.id === input.gpuId) ?? cheapestFitting ?? gpus[0];
  if (!gpu) return fail("No GPU options are available.");
  if (input.gpuId !== null && gpu.id !== input.gpuId) warnings.push(`Unknown GPU option “${input.gpuId}”: using ${gpu.name}.`);

  const derivedGpus = gpusNeeded(host.parameters, input.bits, gpu.memoryGb) ?? 1;
  const servingGb = servingMemoryGb(host.parameters, input.bits) ?? 0;
  if (derivedGpus > MAX_GPUS_PER_NODE)
    warnings.push(`At ${input.bits}-bit it needs ${derivedGpus} GPUs — more than one 8-GPU server; the estimate assumes multi-server serving keeps the same per-GPU throughput.`);
  let gpuCount = input.gpus ?? derivedGpus;
  if (gpuCount < derivedGpus) {
    warnings.push(`${gpuCount} GPU${gpuCount > 1 ? "s" : ""} cannot hold ${servingGb.toFixed(0)} GB; using the ${derivedGpus} needed.`);
    gpuCount = derivedGpus;
  }
  const defaultTps = defaultTokensPerSecondPerGpu(host.activeParameters ?? host.parameters, gpu) ?? 1;
  const assumptions: SelfHostAssumptions = {
    usdPerGpuHour: gpu.usdPerHour,
    gpus: gpuCount,
    tokensPerSecondPerGpu: input.tokensPerSecondPerGpu ?? defaultTps,
    utilisation: input.utilisationPercent / 100,
  };

  const inputTokens = input.inputMTokPerMonth * M;
  const outputTokens = input.outputMTokPerMonth * M;
  const tokensPerMonth = inputTokens + outputTokens;
  const apiUsd = apiMonthlyUsd(inputTokens, outputTokens, api.apiPrice);
  const selfHost = selfHostMonthlyCost(tokensPerMonth, assumptions);
  // With no volume the input/output mix is unknown; the chart then assumes the catalogue's 3:1 blend.
  const inputShare = tokensPerMonth > 0 ? inputTokens / tokensPerMonth : 0.75;
  const breakEven = breakEvenTokensPerMonth(inputShare, api.apiPrice, assumptions);
  const apiPerToken = (inputShare * api.apiPrice.inputUsdPerMTok + (1 - inputShare) * api.apiPrice.outputUsdPerMTok) / M;

  return {
    ok: true,
    hostCandidates,
    apiCandidates,
    scenario: {
      host,
      api: { ...api, apiPrice: api.apiPrice },
      gpu,
      derivedGpus,
      defaultTokensPerSecondPerGpu: defaultTps,
      assumptions,
      servingGb,
      tokensPerMonth,
      apiMonthlyUsd: apiUsd,
      selfHostMonthlyUsd: selfHost.monthlyUsd,
      apiUsdPerMTok: tokensPerMonth > 0 ? (apiUsd / tokensPerMonth) * M : null,
      selfHostUsdPerMTok: selfHost.usdPerMTok,
      breakEvenTokensPerMonth: breakEven,
      cheaper: apiUsd < selfHost.monthlyUsd ? "api" : apiUsd > selfHost.monthlyUsd ? "self-host" : "equal",
      warnings,
      chart: chartVolumes(tokensPerMonth, breakEven, selfHost.replicaCapacityTokensPerMonth).map((v) => ({
        tokensPerMonth: v,
        apiUsd: v * apiPerToken,
        selfHostUsd: selfHostMonthlyCost(v, assumptions).monthlyUsd,
      })),
    },
  };
}
