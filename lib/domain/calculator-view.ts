// What the calculator's form needs from the server's scenario: option lists and a few derived
// numbers, already worded — so the client receives a small payload and no cost maths.
import type { ScenarioResult } from "./break-even-scenario";
import { type GpuOption, gpuLabel } from "./hardware";

type Option = { value: string; label: string };

export type CalculatorView =
  | { ok: false; reason: string }
  | {
      ok: true;
      hostSlug: string;
      hostOptions: Option[];
      /** Value "model|provider" of the listing paid for. */
      listing: string;
      listingOptions: Option[];
      gpuOptions: Option[];
      /** The GPU used when none is chosen, named with its provider. */
      defaultGpu: string;
      bits: number;
      derivedGpus: number;
      derivation: string;
      defaultTokensPerSecondPerGpu: number;
      warnings: string[];
    };

export const listingValue = (slug: string, provider: string) => `${slug}|${provider}`;

const perHour = (g: GpuOption) => `$${g.usdPerHour.toFixed(2)}/h`;

export function calculatorView(result: ScenarioResult, gpus: readonly GpuOption[]): CalculatorView {
  if (!result.ok) return { ok: false, reason: result.reason };
  const s = result.scenario;
  const plan = s.selfHost.plan;
  return {
    ok: true,
    hostSlug: s.selfHost.model.slug,
    hostOptions: result.hostCandidates.map((m) => ({ value: m.slug, label: m.name })),
    listing: listingValue(s.api.model.slug, s.api.listing.provider),
    listingOptions: result.apiCandidates.map((r) => ({
      value: listingValue(r.model.slug, r.listing.provider),
      label: `${r.model.name} via ${r.listing.providerName}${r.model.slug === s.selfHost.model.slug ? " (a host of the model you would self-host)" : ""}`,
    })),
    gpuOptions: gpus.map((g) => ({ value: g.id, label: `${gpuLabel(g)} — ${perHour(g)}` })),
    defaultGpu: gpuLabel(plan.gpu),
    bits: plan.bits,
    derivedGpus: plan.derivedGpus,
    derivation: `Derived: ${plan.servingGb.toFixed(0)} GB ÷ ${plan.gpu.memoryGb} GB per GPU → ${plan.derivedGpus}.`,
    defaultTokensPerSecondPerGpu: plan.defaultTokensPerSecondPerGpu,
    warnings: s.warnings,
  };
}
