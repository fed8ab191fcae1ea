// The ways to run a model and what each costs a month at the person's volume: the maker's API,
// a host's listing, or self-hosting on GPUs. Costs come from the calculator's own functions
// (break-even.ts) and GPU counts from the hardware-fit formula (hardware.ts): no second copy.
import { apiMonthlyUsdWithCache, defaultTokensPerSecondPerGpu, DEFAULT_UTILISATION, generatesTokens, selfHostMonthlyCost } from "../break-even";
import { isFreeTier } from "../price";
import { type GpuOption, MAX_GPUS_PER_NODE, PRECISION_BITS, type PrecisionBits, gpusNeeded } from "../hardware";
import type { Candidate, RouteKind, Situation } from "./types";

const M = 1e6;

export interface Route {
  kind: RouteKind;
  /** Provider slug for api/host; the priced GPU option's id for self-host. */
  provider: string;
  providerName: string;
  /**
   * null when the listing's per-token price does not measure what the model makes (an image
   * model: what an image costs depends on its size and quality, which the catalogue does not hold).
   */
  monthlyCostUsd: number | null;
  /** Self-host only: GPUs one replica needs, at which precision, on what memory per GPU. */
  gpusNeeded: number | null;
  bits: PrecisionBits | null;
  gpuMemoryGb: number | null;
  /** How the monthly cost is made up, in words with the numbers. */
  breakdown: string[];
}

const usd = (n: number) => `$${n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(2)}`;

/** A listing by the model's maker ("mistral" for "mistral-ai"): the maker's API, not a host. */
export function isMakersListing(provider: string, organizationSlug: string): boolean {
  return provider === organizationSlug || organizationSlug.startsWith(`${provider}-`) || provider.startsWith(`${organizationSlug}-`);
}

/** Why an image model's routes carry no monthly cost. */
export const NOT_COSTED_PER_MONTH = "its listings are priced per token, and what an image costs depends on its size and quality, which the catalogue does not hold";

/** Orders routes cheapest first; routes without a monthly cost go last. */
export function byMonthlyCost(a: Route, b: Route): number {
  return (a.monthlyCostUsd ?? Infinity) - (b.monthlyCostUsd ?? Infinity);
}

/** One route per current, priced listing (not retired, not a free tier), each costed with apiMonthlyUsdWithCache. */
export function apiRoutes(m: Candidate, s: Situation): Route[] {
  const inputTokens = s.inputMTokPerMonth * M;
  const outputTokens = s.outputMTokPerMonth * M;
  const listings = m.prices
    // A free tier is rate-limited: no price at the person's volume (price.ts).
    .filter((p) => p.current && p.lifecycle !== "retired" && !isFreeTier(p));
  if (m.modality === "image")
    return listings.map((p) => ({
      kind: isMakersListing(p.provider, m.organization.slug) ? "api" : "host",
      provider: p.provider,
      providerName: p.providerName,
      monthlyCostUsd: null,
      gpusNeeded: null,
      bits: null,
      gpuMemoryGb: null,
      breakdown: [`listed at $${p.inputUsdPerMTok} input / $${p.outputUsdPerMTok} output per 1M tokens on ${p.providerName}`, `not costed per month: ${NOT_COSTED_PER_MONTH}`],
    }));
  return listings.map((p) => {
      const monthlyCostUsd = apiMonthlyUsdWithCache(inputTokens, outputTokens, s.cachedShare, p);
      const cached = s.cachedShare > 0 ? ` (${Math.round(s.cachedShare * 100)} % cached at ${p.cachedInputUsdPerMTok === null ? "the full input price: no cached price listed" : `$${p.cachedInputUsdPerMTok}/1M`})` : "";
      return {
        kind: isMakersListing(p.provider, m.organization.slug) ? "api" : "host",
        provider: p.provider,
        providerName: p.providerName,
        monthlyCostUsd,
        gpusNeeded: null,
        bits: null,
        gpuMemoryGb: null,
        breakdown: [
          `${s.inputMTokPerMonth}M input tokens at $${p.inputUsdPerMTok}/1M${cached}`,
          `${s.outputMTokPerMonth}M output tokens at $${p.outputUsdPerMTok}/1M`,
          `= ${usd(monthlyCostUsd)} a month on ${p.providerName}`,
        ],
      } satisfies Route;
    });
}

export type SelfHostFit = { ok: true; route: Route } | { ok: false; reason: string };

/**
 * The cheapest way to self-host on the person's GPUs (or, with no GPU given, any in our table):
 * the given precision, or the highest that fits; GPU-hours priced at the matching GPU's rental
 * price, throughput and utilisation as in the calculator.
 */
export function selfHostRoute(m: Candidate, s: Situation, gpuTable: readonly GpuOption[]): SelfHostFit {
  if (m.selfHostable === null) return { ok: false, reason: "unknown whether the weights can be downloaded" };
  if (!m.selfHostable) return { ok: false, reason: "the weights are not released" };
  if (!generatesTokens(m)) return { ok: false, reason: "it does not generate text, so a per-token cost does not apply" };
  if (m.parameters === null) return { ok: false, reason: "its parameter count is unknown, so the GPUs it needs cannot be sized" };
  const priced = s.gpuMemoryGb === null ? gpuTable : gpuTable.filter((g) => g.memoryGb >= (s.gpuMemoryGb ?? 0));
  const options = priced.length > 0 ? priced : gpuTable;
  const limit = s.gpus ?? MAX_GPUS_PER_NODE;
  const tokens = (s.inputMTokPerMonth + s.outputMTokPerMonth) * M;
  let smallestNeed: { gpus: number; bits: PrecisionBits; memoryGb: number } | null = null;
  for (const bits of s.bits === null ? PRECISION_BITS : [s.bits]) {
    let best: Route | null = null;
    for (const gpu of options) {
      const memoryGb = s.gpuMemoryGb ?? gpu.memoryGb;
      const count = gpusNeeded(m.parameters, bits, memoryGb);
      const tps = defaultTokensPerSecondPerGpu(m.activeParameters ?? m.parameters, gpu);
      if (count === null || tps === null) continue;
      if (count > limit) {
        if (!smallestNeed || count < smallestNeed.gpus) smallestNeed = { gpus: count, bits, memoryGb };
        continue;
      }
      const cost = selfHostMonthlyCost(tokens, { usdPerGpuHour: gpu.usdPerHour, gpus: count, tokensPerSecondPerGpu: tps, utilisation: DEFAULT_UTILISATION });
      if (best && best.monthlyCostUsd !== null && best.monthlyCostUsd <= cost.monthlyUsd) continue;
      best = {
        kind: "self-host",
        provider: gpu.id,
        providerName: gpu.name,
        monthlyCostUsd: cost.monthlyUsd,
        gpusNeeded: count,
        bits,
        gpuMemoryGb: memoryGb,
        breakdown: [
          `${count} × ${memoryGb} GB GPU at ${bits}-bit, priced as ${gpu.name} at $${gpu.usdPerHour}/h`,
          `~${tps.toLocaleString("en-US")} tokens/s per GPU at ${DEFAULT_UTILISATION * 100} % utilisation`,
          cost.monthlyUsd > cost.minimumMonthlyUsd
            ? `${usd(cost.monthlyUsd)} a month: the volume needs more than one always-on replica (${usd(cost.minimumMonthlyUsd)})`
            : `${usd(cost.monthlyUsd)} a month: one replica running all month (730 h) covers the volume`,
        ],
      };
    }
    if (best) return { ok: true, route: best };
  }
  const need = smallestNeed ? `needs ${smallestNeed.gpus} × ${smallestNeed.memoryGb} GB at ${smallestNeed.bits}-bit` : "fits none of the GPUs";
  return { ok: false, reason: s.gpus === null ? `${need}, more than one 8-GPU server` : `${need}; you have ${s.gpus}` };
}
