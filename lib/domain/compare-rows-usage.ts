// Compare rows about using a model: what it costs at the reader's volume, how well it scores,
// where it can run. Costs come from compare-costs.ts, the numbers the summary and the calculator use.
import { type CompareModel, compareFact as fact } from "./compare-model";
import { type RowDraft, cell } from "./compare-cell";
import { compareBenchmarks } from "./compare-benchmarks";
import type { ListingRoute, ModelCosts, SelfHostRoute, Volume } from "./compare-costs";
import { formatMonthlyUsd, formatTokenCount, formatUsd, formatUsdAmount } from "./format";
import { type GpuOption, PRECISION_BITS, gpuLabel, hardwareFits } from "./hardware";
import { WEIGHTS_ACCESS_LABELS } from "@/lib/schemas/labels";
import { currentListings, isFreeTier } from "./price";
import { QUANTISATION_NOTE } from "./quantisation";

const CHEAPER = { better: "lower", meaning: "cheaper at your volume" } as const;

const priceText = (p: { inputUsdPerMTok: number; outputUsdPerMTok: number; cachedInputUsdPerMTok?: number | null }) =>
  `${formatUsd(p.inputUsdPerMTok)} in${p.cachedInputUsdPerMTok == null ? "" : ` (${formatUsd(p.cachedInputUsdPerMTok)} cached)`} / ${formatUsd(p.outputUsdPerMTok)} out per 1M tokens`;

const perMTokText = (usdPerMTok: number | null) => (usdPerMTok === null ? "" : ` (${formatUsd(usdPerMTok)} per 1M tokens)`);


function selfHostText(r: SelfHostRoute): string {
  const a = r.plan.assumptions;
  return `${formatMonthlyUsd(r.monthlyUsd)} a month${perMTokText(r.usdPerMTok)}: ${a.gpus}× ${gpuLabel(r.plan.gpu)}, ${r.plan.bits}-bit, ${Math.round(a.utilisation * 100)}% utilised`;
}

const listingText = (r: ListingRoute) => `${formatMonthlyUsd(r.monthlyUsd)} a month${perMTokText(r.usdPerMTok)} via ${r.listing.providerName}`;

export function costRows(models: readonly CompareModel[], costs: readonly ModelCosts[], volume: Volume): RowDraft[] {
  const noListing = "No paid API or host listing in the catalogue.";
  const at = `${formatTokenCount(volume.inputTokens)} in + ${formatTokenCount(volume.outputTokens)} out a month${volume.cachedShare > 0 ? `, ${Math.round(volume.cachedShare * 100)}% of input cached` : ""}`;
  return [
    {
      id: "monthly-cost",
      label: `Cheapest way to run it at your volume (${at})`,
      direction: CHEAPER,
      cells: costs.map((c) => {
        const r = c.cheapest;
        if (!r) return cell(null, {}, null, `${noListing} ${c.selfHostReason ?? ""}`.trim());
        if (r.kind === "listing") return cell(listingText(r), r.listing, r.monthlyUsd);
        return cell(`Self-hosted: ${selfHostText(r)}`, { sourceUrl: r.plan.gpu.sourceUrl ?? null, asOf: r.plan.gpu.asOf ?? null }, r.monthlyUsd, r.plan.bits < 16 ? QUANTISATION_NOTE : null);
      }),
    },
    {
      id: "prices",
      label: "Every current API and host price, and its monthly bill at your volume",
      cells: models.map((m, i) => {
        const priced = costs[i]?.listings ?? [];
        const free = currentListings(m.prices).filter(isFreeTier);
        if (priced.length === 0 && free.length === 0) return cell(null, {}, null, noListing);
        return {
          values: [
            ...priced.map((r) => ({ text: `${r.listing.providerName}: ${priceText(r.listing)} → ${formatMonthlyUsd(r.monthlyUsd)} a month`, sourceUrl: r.listing.sourceUrl, asOf: r.listing.asOf })),
            ...free.map((p) => ({ text: `${p.providerName}: free tier (rate-limited; not counted as a price)`, sourceUrl: p.sourceUrl, asOf: p.asOf })),
          ],
          unknown: false,
          note: null,
          rank: null,
        };
      }),
    },
    {
      id: "cheapest-host",
      label: "Cheapest API or host at your volume",
      direction: CHEAPER,
      cells: costs.map((c) => {
        const r = c.listings[0];
        return r ? cell(`${r.listing.providerName}: ${priceText(r.listing)}`, r.listing, r.monthlyUsd) : cell(null, {}, null, noListing);
      }),
    },
    {
      id: "hosts",
      label: "Number of providers serving it",
      direction: { better: "higher", meaning: "more providers to choose from" },
      cells: models.map((m) => cell(String(m.hostCount), {}, m.hostCount, m.hostCount === 0 ? "No current listing in the catalogue." : null)),
    },
    {
      id: "self-host",
      label: "Self-hosting at your volume",
      direction: CHEAPER,
      cells: costs.map((c) => {
        const r = c.selfHost;
        if (!r) return cell(null, {}, null, c.selfHostReason);
        const a = r.plan.assumptions;
        const capacity = `One always-on replica handles up to ${formatTokenCount(r.plan.replicaCapacityTokensPerMonth)} tokens a month at ${a.tokensPerSecondPerGpu.toLocaleString("en-US")} tokens/s per GPU.`;
        return cell(selfHostText(r), { sourceUrl: r.plan.gpu.sourceUrl ?? null, asOf: r.plan.gpu.asOf ?? null }, r.monthlyUsd, r.plan.bits < 16 ? `${capacity} ${QUANTISATION_NOTE}` : capacity);
      }),
    },
    {
      id: "price-history",
      label: "Price history",
      cells: models.map((m) => {
        if (m.prices.length === 0) return cell(null, {}, null, "No provider listing in the catalogue.");
        const byDate = [...m.prices].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
        return {
          values: byDate.map((p) => ({ text: `${p.effectiveDate} · ${p.providerName}: ${priceText(p)}`, sourceUrl: p.sourceUrl, asOf: p.asOf })),
          unknown: false,
          note: byDate.length === 1 ? "One listing: no change recorded." : null,
          rank: null,
        };
      }),
    },
    {
      id: "training-cost",
      label: "Training cost",
      cells: models.map((m) => {
        const f = fact(m, "trainingCostUsd");
        return m.trainingCostUsd === null ? cell(null, {}, null, f.unknownReason) : cell(formatUsdAmount(m.trainingCostUsd), f);
      }),
    },
  ];
}

export function qualityRows(models: readonly CompareModel[]): RowDraft[] {
  const comparisons = compareBenchmarks(models);
  if (comparisons.length === 0) return [{ id: "benchmarks", label: "Benchmarks", cells: models.map(() => cell(null, {}, null, "No published benchmark scores in the catalogue.")) }];
  return comparisons.map((c) => {
    const stated = [...new Set(c.scores.flatMap((b) => (b === null ? [] : [b.setting ?? "setting not stated"])))];
    return {
      id: `benchmark-${c.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
      label: c.comparable ? `${c.name} (${c.setting})` : c.name,
      direction: { better: c.lowerIsBetter ? "lower" : "higher", meaning: c.lowerIsBetter ? "lower score is better" : "higher score" },
      ...(!c.comparable &&
        c.scores.filter((b) => b !== null).length >= 2 && {
          notComparable:
            stated.length > 1 ? `Scores were measured in different settings (${stated.join("; ")}), so none is marked better.` : "The setting is not stated, so the scores are not ranked.",
        }),
      cells: c.scores.map((b, i) => {
        const others = c.otherSettings[i] ?? [];
        const also = others.length > 0 ? `Also ${others.map((o) => `${o.score} (${o.setting ?? "setting not stated"})`).join(", ")}.` : null;
        if (b === null) return cell(null, {}, null, also ? `No score in this setting. ${also}` : "No published score.");
        return cell(String(b.score), b, c.comparable ? b.score : null, [c.comparable ? null : b.setting, also].filter(Boolean).join(" ") || null);
      }),
    } satisfies RowDraft;
  });
}

const WEIGHTS_RANK = { open: 2, gated: 1, none: 0 } as const;

export function deploymentRows(models: readonly CompareModel[], gpus: readonly GpuOption[]): RowDraft[] {
  const largestGpu = [...gpus].sort((a, b) => b.memoryGb - a.memoryGb)[0];
  return [
    {
      id: "weights",
      label: "Weights access",
      direction: { better: "higher", meaning: "more open" },
      cells: models.map((m) =>
        m.weightsAccess === null
          ? cell(null, {}, null, fact(m, "weightsAccess").unknownReason ?? "Unknown.")
          : cell(WEIGHTS_ACCESS_LABELS[m.weightsAccess] ?? m.weightsAccess, fact(m, "weightsAccess"), WEIGHTS_RANK[m.weightsAccess]),
      ),
    },
    {
      id: "hardware",
      label: `Hardware fit (weights + 20% serving overhead${largestGpu ? `, on ${largestGpu.memoryGb} GB GPUs` : ""})`,
      cells: models.map((m) => {
        if (!m.selfHostable) return cell(null, {}, null, "Weights not released.");
        const fits = largestGpu ? hardwareFits(m.parameters, largestGpu.memoryGb) : [];
        if (fits.length === 0) return cell(null, {}, null, "Size unknown.");
        const f = fact(m, "parameters");
        return {
          values: PRECISION_BITS.flatMap((bits) => {
            const fit = fits.find((x) => x.bits === bits);
            return fit ? [{ text: `${bits}-bit: ${fit.servingGb.toFixed(fit.servingGb < 10 ? 1 : 0)} GB → ${fit.gpus} GPU${fit.gpus > 1 ? "s" : ""}${fit.fitsOneNode ? "" : " (more than one server)"}`, sourceUrl: f.sourceUrl, asOf: f.asOf }] : [];
          }),
          unknown: false,
          note: "8- and 4-bit weights are quantised: less memory, usually somewhat lower quality.",
          rank: null,
        };
      }),
    },
    {
      id: "data-control",
      label: "Data control",
      direction: { better: "higher", meaning: "more control over your data" },
      cells: models.map((m) => {
        if (fact(m, "selfHostable").unknownReason) return cell(null, {}, null, fact(m, "selfHostable").unknownReason);
        if (m.selfHostable) return cell("Runs on your own hardware: prompts stay with you", fact(m, "selfHostable"), 2);
        const f = fact(m, "trainsOnPromptsByDefault");
        if (m.trainsOnPromptsByDefault === null) return cell(null, {}, null, f.unknownReason ?? "Unknown whether the provider trains on prompts.");
        return m.trainsOnPromptsByDefault
          ? cell("Provider-hosted; trains on prompts by default", f, 0)
          : cell("Provider-hosted; does not train on prompts by default", f, 1);
      }),
    },
  ];
}
