// Compare rows about using a model: what it costs, how well it scores, where it can run.
import { defaultSelfHostEstimate } from "./break-even";
import { type CompareModel, compareFact as fact } from "./compare-model";
import { type RowDraft, cell } from "./compare-cell";
import { formatUsd, formatUsdAmount } from "./format";
import { type GpuOption, PRECISION_BITS, hardwareFits } from "./hardware";
import { WEIGHTS_ACCESS_LABELS } from "@/lib/schemas/labels";
import { cheapestCurrent, currentListings } from "./price";

const CHEAPER = { better: "lower", meaning: "cheaper" } as const;


const priceText = (p: { inputUsdPerMTok: number; outputUsdPerMTok: number }) =>
  `${formatUsd(p.inputUsdPerMTok)} in / ${formatUsd(p.outputUsdPerMTok)} out per 1M tokens`;

export function costRows(models: readonly CompareModel[], gpus: readonly GpuOption[]): RowDraft[] {
  const noListing = "No provider listing in the catalogue.";
  return [
    {
      id: "prices",
      label: "Current API prices",
      cells: models.map((m) => {
        const current = currentListings(m.prices);
        if (current.length === 0) return cell(null, {}, null, noListing);
        return { values: current.map((p) => ({ text: `${p.provider}: ${priceText(p)}`, sourceUrl: p.sourceUrl, asOf: p.asOf })), unknown: false, note: null, rank: null };
      }),
    },
    {
      id: "cheapest",
      label: "Cheapest API price (blended 3:1 input:output, per 1M tokens)",
      direction: CHEAPER,
      cells: models.map((m) => {
        const best = cheapestCurrent(m.prices);
        if (!best || !m.price) return cell(null, {}, null, noListing);
        return cell(`${formatUsd(m.price.blendedUsdPerMTok)} (${best.provider})`, best, m.price.blendedUsdPerMTok);
      }),
    },
    {
      id: "price-history",
      label: "Price history",
      cells: models.map((m) => {
        if (m.prices.length === 0) return cell(null, {}, null, noListing);
        const byDate = [...m.prices].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
        return {
          values: byDate.map((p) => ({ text: `${p.effectiveDate} · ${p.provider}: ${priceText(p)}`, sourceUrl: p.sourceUrl, asOf: p.asOf })),
          unknown: false,
          note: byDate.length === 1 ? "One listing: no change recorded." : null,
          rank: null,
        };
      }),
    },
    {
      id: "self-host",
      label: "Self-hosting estimate (per 1M tokens, default assumptions)",
      direction: CHEAPER,
      cells: models.map((m) => {
        if (!m.selfHostable) return cell(null, {}, null, "Weights not released: cannot be self-hosted.");
        const estimate = defaultSelfHostEstimate(m, gpus);
        if (!estimate) return cell(null, {}, null, m.parameters === null ? "Size unknown." : "Not a token generator, or too large for one 8-GPU server.");
        const a = estimate.assumptions;
        const gpu = gpus.find((g) => g.id === a.gpuId);
        const text = `${formatUsd(estimate.usdPerMTok)} (${a.gpus}× ${a.gpuName}, ${a.bits}-bit, ${Math.round(a.utilisation * 100)}% utilised)`;
        return cell(text, { sourceUrl: gpu?.sourceUrl ?? null, asOf: gpu?.asOf ?? null }, estimate.usdPerMTok, "An estimate from editable assumptions: see the calculator.");
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

/** Scores where lower is better; every other benchmark here is higher-is-better. */
const LOWER_IS_BETTER = new Set(["FID (COCO 30k)"]);

export function qualityRows(models: readonly CompareModel[]): RowDraft[] {
  const names = [...new Set(models.flatMap((m) => m.benchmarks.map((b) => b.name)))].sort();
  if (names.length === 0) return [{ id: "benchmarks", label: "Benchmarks", cells: models.map(() => cell(null, {}, null, "No published benchmark scores in the catalogue.")) }];
  return names.map((name) => {
    const latest = models.map((m) => [...m.benchmarks].filter((b) => b.name === name).sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))[0] ?? null);
    const settings = new Set(latest.filter((b) => b !== null).map((b) => b.setting ?? "setting not stated"));
    return {
      id: `benchmark-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
      label: name,
      direction: { better: LOWER_IS_BETTER.has(name) ? "lower" : "higher", meaning: LOWER_IS_BETTER.has(name) ? "lower score is better" : "higher score" },
      ...(settings.size > 1 && { notComparable: `Scores were measured in different settings (${[...settings].join("; ")}), so none is marked better.` }),
      cells: latest.map((b) => (b === null ? cell(null, {}, null, "No published score.") : cell(String(b.score), b, b.score, b.setting))),
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
          note: null,
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
