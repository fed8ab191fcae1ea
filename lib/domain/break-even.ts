// Self-hosting an open model against paying a closed model's API: monthly cost and break-even.
// Every input is an assumption the page shows and lets the reader change.
import { type GpuOption, type PrecisionBits, MAX_GPUS_PER_NODE, PRECISION_BITS, gpusNeeded } from "./hardware";

export const HOURS_PER_MONTH = 730;
const SECONDS_PER_HOUR = 3600;
const TOKENS_PER_MTOK = 1e6;

/**
 * The throughput reference every default is scaled from: NVIDIA's TensorRT-LLM (v0.6.1) table,
 * LLaMA 7B (6.74B parameters) on one A100 at FP16, 2,048 input + 128 output tokens per request:
 * 591 output tokens/s, i.e. (2,048 + 128) / 128 × 591 ≈ 10,047 input + output tokens/s per GPU.
 * A peak offline batch figure — real online serving is slower, which utilisation accounts for.
 */
export const THROUGHPUT_REFERENCE = {
  tokensPerSecondPerGpu: 10_047,
  activeParameters: 6.74e9,
  memoryBandwidthGbPerSecond: 2039,
  description: "TensorRT-LLM v0.6.1, LLaMA 7B, 1× A100 80GB (2,039 GB/s), FP16, 2,048 in / 128 out tokens: 591 output tok/s",
  sourceUrl: "https://github.com/NVIDIA/TensorRT-LLM/blob/138f96d45f90b9667426f7c47297d8c06bafac73/docs/source/performance.md",
} as const;

/** Below this size decoding stops being weight-bandwidth-bound; smaller models are scaled as if this size. */
export const THROUGHPUT_FLOOR_PARAMETERS = 1e9;

/** Share of the rented GPU time that does useful work (traffic is not flat; batches are not full). */
export const DEFAULT_UTILISATION = 0.5;

/**
 * Default input + output tokens/s per GPU for a model: the reference scaled by
 * (reference active parameters ÷ model active parameters) × (GPU bandwidth ÷ reference bandwidth),
 * because decoding is memory-bandwidth-bound (models under 1B are scaled as 1B). Rounded; null if size unknown.
 */
export function defaultTokensPerSecondPerGpu(activeParameters: number | null, gpu: Pick<GpuOption, "memoryBandwidthGbPerSecond">): number | null {
  if (activeParameters === null || !(activeParameters > 0)) return null;
  const r = THROUGHPUT_REFERENCE;
  const scaledParameters = Math.max(activeParameters, THROUGHPUT_FLOOR_PARAMETERS);
  const tps = r.tokensPerSecondPerGpu * (r.activeParameters / scaledParameters) * (gpu.memoryBandwidthGbPerSecond / r.memoryBandwidthGbPerSecond);
  return Math.max(1, Math.round(tps));
}

export interface SelfHostAssumptions {
  usdPerGpuHour: number;
  gpus: number;
  tokensPerSecondPerGpu: number;
  /** 0 < utilisation ≤ 1. */
  utilisation: number;
}

export interface SelfHostCost {
  monthlyUsd: number;
  /** The floor: one replica running all month even with no traffic. */
  minimumMonthlyUsd: number;
  /** Tokens one replica handles in a month at the given utilisation. */
  replicaCapacityTokensPerMonth: number;
  /** null at zero volume (no tokens to divide by). */
  usdPerMTok: number | null;
  /** At full use of the capacity: the self-hosting marginal price. */
  usdPerMTokAtCapacity: number;
}

/** What one always-on replica costs and what a token costs at its full (assumed) use: the two numbers the cost at any volume follows from. */
export interface SelfHostRates {
  /** The floor: one replica running all month even with no traffic. */
  minimumMonthlyUsd: number;
  /** At full use of the capacity: the self-hosting marginal price. */
  usdPerMTokAtCapacity: number;
}

/** The rates of a set of assumptions (the GPU-hours a replica costs, the tokens it serves). */
export function selfHostRates(a: SelfHostAssumptions): SelfHostRates {
  const minimumMonthlyUsd = a.gpus * a.usdPerGpuHour * HOURS_PER_MONTH;
  const replicaCapacityTokensPerMonth = a.gpus * a.tokensPerSecondPerGpu * a.utilisation * SECONDS_PER_HOUR * HOURS_PER_MONTH;
  return { minimumMonthlyUsd, usdPerMTokAtCapacity: (minimumMonthlyUsd / replicaCapacityTokensPerMonth) * TOKENS_PER_MTOK };
}

/**
 * The self-hosting cost at a monthly volume, from its rates: the larger of one always-on replica
 * and the volume at the marginal price — i.e. capacity beyond the first replica is assumed to
 * scale smoothly (autoscaling), not in whole servers. The one cost formula: the calculator, the
 * recommender and the catalogue's price (and its filter, through selfHostPriceBound) all use it.
 */
export function selfHostCostAtVolume(tokensPerMonth: number, r: SelfHostRates): SelfHostCost {
  const monthlyUsd = Math.max(r.minimumMonthlyUsd, (tokensPerMonth / TOKENS_PER_MTOK) * r.usdPerMTokAtCapacity);
  return {
    monthlyUsd,
    minimumMonthlyUsd: r.minimumMonthlyUsd,
    replicaCapacityTokensPerMonth: (r.minimumMonthlyUsd / r.usdPerMTokAtCapacity) * TOKENS_PER_MTOK,
    usdPerMTok: tokensPerMonth > 0 ? (monthlyUsd / tokensPerMonth) * TOKENS_PER_MTOK : null,
    usdPerMTokAtCapacity: r.usdPerMTokAtCapacity,
  };
}

/**
 * Monthly self-hosting cost under a set of assumptions (gpus × hourly price × 730 h at least;
 * see selfHostCostAtVolume).
 */
export function selfHostMonthlyCost(tokensPerMonth: number, a: SelfHostAssumptions): SelfHostCost {
  return selfHostCostAtVolume(tokensPerMonth, selfHostRates(a));
}

/**
 * selfHostCostAtVolume's price per 1M tokens against a bound, written on the rates so that a
 * database can test it on stored columns: at `tokensPerMonth`, the price is at most `usdPerMTok`
 * exactly when both `max` conditions hold, and at least `usdPerMTok` when either `min` one does
 * (the price is the larger of floor ÷ volume and the marginal price).
 */
export function selfHostPriceBound(usdPerMTok: number, tokensPerMonth: number): {
  max: { minimumMonthlyUsdAtMost: number; usdPerMTokAtCapacityAtMost: number };
  min: { minimumMonthlyUsdAtLeast: number; usdPerMTokAtCapacityAtLeast: number };
} {
  const monthlyBudget = (usdPerMTok * tokensPerMonth) / TOKENS_PER_MTOK;
  return {
    max: { minimumMonthlyUsdAtMost: monthlyBudget, usdPerMTokAtCapacityAtMost: usdPerMTok },
    min: { minimumMonthlyUsdAtLeast: monthlyBudget, usdPerMTokAtCapacityAtLeast: usdPerMTok },
  };
}

export interface ApiPrice {
  inputUsdPerMTok: number;
  outputUsdPerMTok: number;
}

/** Monthly API bill: input and output tokens each at their own list price. */
export function apiMonthlyUsd(inputTokensPerMonth: number, outputTokensPerMonth: number, price: ApiPrice): number {
  return (inputTokensPerMonth * price.inputUsdPerMTok + outputTokensPerMonth * price.outputUsdPerMTok) / TOKENS_PER_MTOK;
}

/**
 * Monthly API bill when a share of the input is served from the provider's prompt cache: the
 * cached tokens at the cached-input price, the rest as apiMonthlyUsd. Without a cached price the
 * cached tokens pay the full input price (the listing offers no discount we know of).
 */
export function apiMonthlyUsdWithCache(
  inputTokensPerMonth: number,
  outputTokensPerMonth: number,
  cachedShare: number,
  price: ApiPrice & { cachedInputUsdPerMTok?: number | null },
): number {
  const cachedTokens = inputTokensPerMonth * cachedShare;
  const cachedPrice = { inputUsdPerMTok: price.cachedInputUsdPerMTok ?? price.inputUsdPerMTok, outputUsdPerMTok: 0 };
  return apiMonthlyUsd(inputTokensPerMonth - cachedTokens, outputTokensPerMonth, price) + apiMonthlyUsd(cachedTokens, 0, cachedPrice);
}

/** The API's price per 1M tokens at a given input share (input ÷ all tokens). */
export function apiUsdPerMTokAtMix(inputShare: number, price: ApiPrice): number {
  return inputShare * price.inputUsdPerMTok + (1 - inputShare) * price.outputUsdPerMTok;
}

/**
 * A monthly bill as a function of volume: max(floor, tokens × marginal price). Every way of
 * running a model has this shape — an API listing has no floor; self-hosting's floor is one
 * always-on replica and its marginal price the GPU-hours a token takes at full use.
 */
export interface CostCurve {
  floorUsd: number;
  usdPerMTok: number;
}

export function curveMonthlyUsd(curve: CostCurve, tokensPerMonth: number): number {
  return Math.max(curve.floorUsd, (tokensPerMonth / TOKENS_PER_MTOK) * curve.usdPerMTok);
}

/** Self-hosting's curve, from selfHostMonthlyCost. */
export function selfHostCurve(a: SelfHostAssumptions): CostCurve {
  const c = selfHostMonthlyCost(0, a);
  return { floorUsd: c.minimumMonthlyUsd, usdPerMTok: c.usdPerMTokAtCapacity };
}

/** An API listing's curve at an input share and cached share, from apiMonthlyUsdWithCache. */
export function apiCurve(inputShare: number, cachedShare: number, price: ApiPrice & { cachedInputUsdPerMTok?: number | null }): CostCurve {
  const perMTok = apiMonthlyUsdWithCache(inputShare * TOKENS_PER_MTOK, (1 - inputShare) * TOKENS_PER_MTOK, cachedShare, {
    ...price,
    cachedInputUsdPerMTok: price.cachedInputUsdPerMTok ?? null,
  });
  return { floorUsd: 0, usdPerMTok: perMTok };
}

const cheapestOf = (curves: readonly CostCurve[], tokens: number) => Math.min(...curves.map((c) => curveMonthlyUsd(c, tokens)));

/**
 * The monthly volumes (at a fixed input/output mix) at which the cheaper of two options changes,
 * ascending; each option is the cheapest of its curves (a model bought from any of its hosts or
 * self-hosted). Every curve is linear between the volumes where a floor meets a marginal price,
 * so checking each of those segments finds every crossing exactly. Empty: the same side is
 * cheaper (or they cost the same) at every volume.
 */
export function crossoverTokensPerMonth(a: readonly CostCurve[], b: readonly CostCurve[]): number[] {
  if (a.length === 0 || b.length === 0) return [];
  const all = [...a, ...b];
  const floors = all.map((c) => c.floorUsd).filter((f) => f > 0);
  const prices = all.map((c) => c.usdPerMTok).filter((p) => p > 0);
  const kinks = [...new Set(floors.flatMap((f) => prices.map((p) => (f / p) * TOKENS_PER_MTOK)))].sort((x, y) => x - y);
  const diff = (v: number) => cheapestOf(a, v) - cheapestOf(b, v);
  const sign = (d: number) => (Math.abs(d) < 1e-9 ? 0 : Math.sign(d));
  // Roots of the (linear) difference on each segment between kinks, and past the last one.
  const candidates: number[] = [...kinks];
  const edges = [0, ...kinks];
  edges.forEach((lo, i) => {
    const hi = edges[i + 1] ?? Math.max(lo * 2, TOKENS_PER_MTOK);
    const dLo = diff(lo);
    const dHi = diff(hi);
    if (dLo === dHi) return;
    const root = lo + ((hi - lo) * dLo) / (dLo - dHi);
    if (root > 0 && (i < edges.length - 1 ? root <= hi : root >= lo)) candidates.push(root);
  });
  const crossings = candidates.filter((v) => {
    const before = sign(diff(v * (1 - 1e-7)));
    const after = sign(diff(v * (1 + 1e-7)));
    return before !== 0 && after !== 0 && before !== after;
  });
  return crossings.sort((x, y) => x - y).filter((v, i, sorted) => i === 0 || v - (sorted[i - 1] ?? 0) > v * 1e-6);
}

/**
 * Monthly volume (input + output tokens, at the given input share) above which self-hosting
 * is cheaper than the API: the always-on floor ÷ the API's per-token price. null when the API
 * is cheaper at every volume (its price is below self-hosting's marginal price).
 */
export function breakEvenTokensPerMonth(inputShare: number, price: ApiPrice, a: SelfHostAssumptions, cachedShare = 0): number | null {
  return crossoverTokensPerMonth([selfHostCurve(a)], [apiCurve(inputShare, cachedShare, price)])[0] ?? null;
}

export interface DefaultSelfHostEstimate {
  usdPerMTok: number;
  assumptions: SelfHostAssumptions & { gpuId: string; gpuName: string; bits: PrecisionBits };
}

/** Self-hosting per token only means something for models that generate text (not images, not embeddings). */
export function generatesTokens(model: { modality?: string; architecture?: string }): boolean {
  return !["image", "embeddings"].includes(model.modality ?? "text") && !["encoder-only", "diffusion"].includes(model.architecture ?? "decoder-only");
}

/**
 * The cheapest per-token way to self-host a model on one of the given GPUs at full use of the
 * default utilisation: the highest precision (16, then 8, then 4 bits) that fits one 8-GPU node.
 * null when the parameter count is unknown, the model does not generate tokens, or it fits no
 * GPU even at 4 bits.
 */
export function defaultSelfHostEstimate(
  model: { parameters: number | null; activeParameters?: number | null; modality?: string; architecture?: string },
  gpus: readonly GpuOption[],
): DefaultSelfHostEstimate | null {
  if (!generatesTokens(model)) return null;
  const activeParameters = model.activeParameters ?? model.parameters;
  for (const bits of PRECISION_BITS) {
    let best: DefaultSelfHostEstimate | null = null;
    for (const gpu of gpus) {
      const count = gpusNeeded(model.parameters, bits, gpu.memoryGb);
      const tokensPerSecondPerGpu = defaultTokensPerSecondPerGpu(activeParameters, gpu);
      if (count === null || count > MAX_GPUS_PER_NODE || tokensPerSecondPerGpu === null) continue;
      const assumptions = { usdPerGpuHour: gpu.usdPerHour, gpus: count, tokensPerSecondPerGpu, utilisation: DEFAULT_UTILISATION };
      const usdPerMTok = selfHostMonthlyCost(0, assumptions).usdPerMTokAtCapacity;
      if (!best || usdPerMTok < best.usdPerMTok)
        best = { usdPerMTok, assumptions: { ...assumptions, gpuId: gpu.id, gpuName: gpu.name, bits } };
    }
    if (best) return best;
  }
  return null;
}
