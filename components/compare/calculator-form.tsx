"use client";
// Self-host or pay per token: the reader's assumptions. Each valid edit goes into the URL and the
// server recomputes the whole page from it (the summary, the table, the radar and the calculator's
// results read the same numbers); an invalid one gets an inline message and changes nothing.
import { useState } from "react";
import type { CalculatorView } from "@/lib/domain/calculator-view";
import type { CalculatorParam, CalculatorQuery } from "@/lib/schemas/compare-query";
import { NumberField, SelectField } from "./calculator-fields";
import { type FieldErrors, useUrlFields } from "./use-url-fields";

const PRECISION_OPTIONS = [
  { value: "16", label: "16-bit (FP16 / BF16): the released weights" },
  { value: "8", label: "8-bit (INT8 / FP8): quantised" },
  { value: "4", label: "4-bit (INT4): quantised, lower quality" },
];
/** Fields that may be left empty to mean "the default". */
const OPTIONAL = new Set<CalculatorParam>(["gpu", "gpus", "tps", "host", "api", "apiProvider"]);

export function CalculatorForm({
  view,
  query,
  initialErrors,
  rawTexts,
}: {
  view: CalculatorView;
  /** The assumptions the server used (URL values, defaults for the rest). */
  query: CalculatorQuery;
  initialErrors: FieldErrors;
  /** The invalid values as typed in the URL, so the reader sees what was wrong. */
  rawTexts: Partial<Record<CalculatorParam, string>>;
}) {
  const s = (v: number | string | null) => (v === null ? "" : String(v));
  const { texts, errors, change, update, pending } = useUrlFields(
    { gpu: s(query.gpuId), gpus: s(query.gpus), tps: s(query.tokensPerSecondPerGpu), util: s(query.utilisationPercent), bits: s(query.bits), host: s(query.selfHostSlug), ...rawTexts },
    initialErrors,
    OPTIONAL,
  );
  const [listingChoice, setListingChoice] = useState<string | null>(null);

  if (!view.ok) return <p className="rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700">{view.reason}</p>;
  const onChange = (param: CalculatorParam, value: string) => change(param, value, param === "host" || param === "gpu" || param === "bits");
  const field = (param: CalculatorParam) => ({ param, value: texts[param] ?? "", error: errors[param], onChange });
  const shownListing = listingChoice !== null && view.listingOptions.some((o) => o.value === listingChoice) ? listingChoice : view.listing;
  const chooseListing = (_: CalculatorParam, value: string) => {
    const [api = "", apiProvider = ""] = value.split("|");
    setListingChoice(value);
    update({ api, apiProvider });
  };
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <div className="space-y-4" aria-busy={pending}>
      <form className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" onSubmit={(e) => e.preventDefault()} aria-label="Cost assumptions">
        <SelectField {...field("host")} value={view.hostOptions.some((o) => o.value === texts.host) ? (texts.host ?? "") : view.hostSlug} label="Model to self-host" options={view.hostOptions} />
        <SelectField
          param="api"
          value={shownListing}
          error={errors.api ?? errors.apiProvider}
          onChange={chooseListing}
          label="Price to pay per token (API or host)"
          hint="Any listed provider of any compared model, including hosts of the open model."
          options={view.listingOptions}
        />
        <SelectField {...field("gpu")} label="GPU type and provider" emptyLabel={`Cheapest that fits: ${view.defaultGpu}`} options={view.gpuOptions} />
        <SelectField
          {...field("bits")}
          label="Weight precision"
          options={PRECISION_OPTIONS}
          hint={view.bits < 16 ? "Quantised weights are cheaper to serve but usually score somewhat lower than the released 16-bit ones." : undefined}
        />
        <NumberField {...field("gpus")} label="GPUs per replica" placeholder={`${view.derivedGpus} (from the weights’ memory)`} hint={view.derivation} />
        <NumberField {...field("tps")} label="Throughput per GPU (tokens/s, input + output)" placeholder={`${view.defaultTokensPerSecondPerGpu} (default assumption)`} hint="An assumption: see “Assumptions and sources” below." />
        <NumberField {...field("util")} label="Utilisation (%)" hint="Share of rented GPU time doing useful work." />
      </form>

      {hasErrors && <p className="text-sm text-amber-800 dark:text-amber-300">The results below ignore the fields marked in red until they hold a valid value.</p>}
      {pending && <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">Updating…</p>}
      {view.warnings.map((w) => (
        <p key={w} role="status" className="rounded border border-amber-600 p-2 text-sm">{w}</p>
      ))}
    </div>
  );
}
