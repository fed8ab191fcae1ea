// What each compared model costs a month at the reader's volume, by every way of running it:
// each current paid listing (the maker's API or a host) and self-hosting. The compare page's
// summary, its cost rows, the radar's cost axis and the calculator all read these numbers, so
// they cannot disagree. The maths is break-even.ts's and hardware.ts's: no second copy.
import {
  type CostCurve,
  type SelfHostAssumptions,
  apiCurve,
  apiMonthlyUsdWithCache,
  defaultTokensPerSecondPerGpu,
  generatesTokens,
  selfHostCurve,
  selfHostMonthlyCost,
} from "./break-even";
import { type GpuOption, type PrecisionBits, MAX_GPUS_PER_NODE, gpuLabel, gpusNeeded, servingMemoryGb } from "./hardware";
import { currentListings, isFreeTier } from "./price";
import type { CalculatorQuery } from "@/lib/schemas/compare-query";

const M = 1e6;

/** A provider's listing as the cost maths needs it (the API's price records satisfy this). */
export interface CostListing {
  provider: string;
  providerName?: string;
  inputUsdPerMTok: number;
  outputUsdPerMTok: number;
  cachedInputUsdPerMTok?: number | null;
  effectiveDate: string;
  lifecycle?: string | null;
  sourceUrl: string;
  asOf: string;
}

/** What the cost maths needs to know about a model: a structural subset of the API's ModelDetail. */
export interface CostModel {
  slug: string;
  name: string;
  parameters: number | null;
  activeParameters: number | null;
  selfHostable: boolean | null;
  modality?: string;
  architecture?: string;
  prices: readonly CostListing[];
}

/** The reader's volume: tokens a month and the share of input served from a prompt cache. */
export interface Volume {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  /** input ÷ all tokens; with no volume the mix is unknown and the catalogue's 3:1 blend is assumed. */
  inputShare: number;
  cachedShare: number;
}

export function volumeOf(q: Pick<CalculatorQuery, "inputMTokPerMonth" | "outputMTokPerMonth" | "cachedShare">): Volume {
  const inputTokens = q.inputMTokPerMonth * M;
  const outputTokens = q.outputMTokPerMonth * M;
  const totalTokens = inputTokens + outputTokens;
  return { inputTokens, outputTokens, totalTokens, inputShare: totalTokens > 0 ? inputTokens / totalTokens : 0.75, cachedShare: q.cachedShare };
}

interface RouteCost {
  model: { slug: string; name: string };
  monthlyUsd: number;
  /** null at zero volume. */
  usdPerMTok: number | null;
  curve: CostCurve;
}

export interface ListingRoute extends RouteCost {
  kind: "listing";
  listing: CostListing & { providerName: string; cachedInputUsdPerMTok: number | null };
}

export interface SelfHostPlan {
  gpu: GpuOption;
  bits: PrecisionBits;
  /** GPUs the weights need at this precision on this GPU. */
  derivedGpus: number;
  servingGb: number;
  defaultTokensPerSecondPerGpu: number;
  assumptions: SelfHostAssumptions;
  replicaCapacityTokensPerMonth: number;
  warnings: string[];
}

export interface SelfHostRoute extends RouteCost {
  kind: "self-host";
  plan: SelfHostPlan;
}

export type CostRoute = ListingRoute | SelfHostRoute;

const perMTok = (monthlyUsd: number, v: Volume) => (v.totalTokens > 0 ? (monthlyUsd / v.totalTokens) * M : null);

/** Every current, paid listing (retired listings and $0 free tiers left out, as price.ts defines them), costed at the volume. */
export function listingRoutes(m: CostModel, v: Volume): ListingRoute[] {
  return currentListings(m.prices)
    .filter((p) => !isFreeTier(p))
    .map((p) => {
      const listing = { ...p, providerName: p.providerName ?? p.provider, cachedInputUsdPerMTok: p.cachedInputUsdPerMTok ?? null };
      const monthlyUsd = apiMonthlyUsdWithCache(v.inputTokens, v.outputTokens, v.cachedShare, listing);
      return { kind: "listing" as const, model: { slug: m.slug, name: m.name }, listing, monthlyUsd, usdPerMTok: perMTok(monthlyUsd, v), curve: apiCurve(v.inputShare, v.cachedShare, listing) };
    })
    .sort((a, b) => a.monthlyUsd - b.monthlyUsd || a.listing.provider.localeCompare(b.listing.provider));
}

/** Can it be self-hosted at all, and if not, why (in words for the page). */
export function selfHostBlocker(m: CostModel): string | null {
  if (m.selfHostable === null) return "Unknown whether the weights can be downloaded.";
  if (!m.selfHostable) return "Weights not released: cannot be self-hosted.";
  if (!generatesTokens(m)) return "Does not generate text, so a per-token cost does not apply.";
  if (m.parameters === null) return "Size unknown, so the GPUs it needs cannot be sized.";
  return null;
}

/**
 * How the model would be self-hosted under the reader's assumptions: the chosen GPU (or the one
 * with the lowest price per unit of memory bandwidth — decoding is bandwidth-bound — among those
 * that hold it on one 8-GPU server), the chosen precision, the GPUs the weights need, and the
 * default throughput. `overrides`: the reader's GPU count and throughput apply only to the model
 * self-hosted in the calculator (they are that model's numbers, not every model's).
 */
export function selfHostPlan(m: CostModel, gpus: readonly GpuOption[], q: CalculatorQuery, overrides: boolean): SelfHostPlan | null {
  if (selfHostBlocker(m) !== null || m.parameters === null) return null;
  const bits = q.bits;
  const fits = (g: GpuOption) => (gpusNeeded(m.parameters, bits, g.memoryGb) ?? Infinity) <= MAX_GPUS_PER_NODE;
  const byBandwidthPrice = [...gpus].sort((a, b) => a.usdPerHour / a.memoryBandwidthGbPerSecond - b.usdPerHour / b.memoryBandwidthGbPerSecond);
  const chosen = q.gpuId === null ? undefined : gpus.find((g) => g.id === q.gpuId);
  const gpu = chosen ?? byBandwidthPrice.find(fits) ?? byBandwidthPrice[0];
  if (!gpu) return null;
  const warnings: string[] = [];
  if (q.gpuId !== null && !chosen) warnings.push(`Unknown GPU option “${q.gpuId}”: using ${gpuLabel(gpu)}.`);
  const derivedGpus = gpusNeeded(m.parameters, bits, gpu.memoryGb) ?? 1;
  const servingGb = servingMemoryGb(m.parameters, bits) ?? 0;
  if (derivedGpus > MAX_GPUS_PER_NODE)
    warnings.push(`At ${bits}-bit ${m.name} needs ${derivedGpus} GPUs — more than one 8-GPU server; the estimate assumes multi-server serving keeps the same per-GPU throughput.`);
  let gpuCount = (overrides ? q.gpus : null) ?? derivedGpus;
  if (gpuCount < derivedGpus) {
    warnings.push(`${gpuCount} GPU${gpuCount > 1 ? "s" : ""} cannot hold ${servingGb.toFixed(0)} GB; using the ${derivedGpus} needed.`);
    gpuCount = derivedGpus;
  }
  const defaultTps = defaultTokensPerSecondPerGpu(m.activeParameters ?? m.parameters, gpu) ?? 1;
  const assumptions: SelfHostAssumptions = {
    usdPerGpuHour: gpu.usdPerHour,
    gpus: gpuCount,
    tokensPerSecondPerGpu: (overrides ? q.tokensPerSecondPerGpu : null) ?? defaultTps,
    utilisation: q.utilisationPercent / 100,
  };
  const replicaCapacityTokensPerMonth = selfHostMonthlyCost(0, assumptions).replicaCapacityTokensPerMonth;
  return { gpu, bits, derivedGpus, servingGb, defaultTokensPerSecondPerGpu: defaultTps, assumptions, replicaCapacityTokensPerMonth, warnings };
}

export function selfHostRoute(m: CostModel, gpus: readonly GpuOption[], q: CalculatorQuery, overrides: boolean, v: Volume = volumeOf(q)): SelfHostRoute | null {
  const plan = selfHostPlan(m, gpus, q, overrides);
  if (!plan) return null;
  const monthlyUsd = selfHostMonthlyCost(v.totalTokens, plan.assumptions).monthlyUsd;
  return { kind: "self-host", model: { slug: m.slug, name: m.name }, plan, monthlyUsd, usdPerMTok: perMTok(monthlyUsd, v), curve: selfHostCurve(plan.assumptions) };
}

export interface ModelCosts {
  slug: string;
  name: string;
  /** Cheapest first. */
  listings: ListingRoute[];
  selfHost: SelfHostRoute | null;
  /** Why there is no self-hosting route (null when there is one). */
  selfHostReason: string | null;
  /** The cheapest of all routes at the volume; null when the model has none. */
  cheapest: CostRoute | null;
  /** Every route's curve: the model's cost at any volume is the cheapest of these. */
  curves: CostCurve[];
}

/** One model's routes at the volume. */
export function modelCosts(m: CostModel, gpus: readonly GpuOption[], q: CalculatorQuery, overrides: boolean): ModelCosts {
  const v = volumeOf(q);
  const listings = listingRoutes(m, v);
  const selfHost = selfHostRoute(m, gpus, q, overrides, v);
  const routes: CostRoute[] = [...listings, ...(selfHost ? [selfHost] : [])];
  const cheapest = routes.reduce<CostRoute | null>((best, r) => (best === null || r.monthlyUsd < best.monthlyUsd ? r : best), null);
  return {
    slug: m.slug,
    name: m.name,
    listings,
    selfHost,
    selfHostReason: selfHost ? null : (selfHostBlocker(m) ?? "No GPU option to price it on."),
    cheapest,
    curves: routes.map((r) => r.curve),
  };
}

/** How a route is run, in a few words: "via Hostco", "self-hosted on 3× A100 SXM 80GB on RunPod, 16-bit". */
export function routeWords(r: CostRoute): string {
  if (r.kind === "listing") return `via ${r.listing.providerName}`;
  const a = r.plan.assumptions;
  return `self-hosted on ${a.gpus}× ${gpuLabel(r.plan.gpu)}, ${r.plan.bits}-bit`;
}
