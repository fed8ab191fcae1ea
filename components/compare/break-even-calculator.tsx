"use client";
// Self-host vs API: the reader's volume and assumptions in, monthly costs and the break-even out.
// Valid edits go into the URL (history.replaceState: no server round trip); an invalid one gets an
// inline message and the last valid value keeps the results on screen.
import { useState } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { buildScenario, type ScenarioInput, type ScenarioModel } from "@/lib/domain/break-even-scenario";
import type { GpuOption } from "@/lib/domain/hardware";
import { type CalculatorParam, calculatorFieldSchemas } from "@/lib/schemas/compare-query";
import { formatCount } from "./cost-format";
import { LazyBreakEvenChart } from "./lazy-charts";
import { BreakEvenResults } from "./break-even-results";
import { NumberField, SelectField } from "./calculator-fields";

type Texts = Record<CalculatorParam, string>;
type Errors = Partial<Record<CalculatorParam, string>>;

const KEY_OF: Record<CalculatorParam, keyof ScenarioInput> = {
  inM: "inputMTokPerMonth",
  outM: "outputMTokPerMonth",
  gpu: "gpuId",
  gpus: "gpus",
  tps: "tokensPerSecondPerGpu",
  util: "utilisationPercent",
  bits: "bits",
  host: "selfHostSlug",
  api: "apiSlug",
};
const PRECISION_OPTIONS = [
  { value: "16", label: "16-bit (FP16 / BF16)" },
  { value: "8", label: "8-bit (INT8 / FP8)" },
  { value: "4", label: "4-bit (INT4)" },
];
/** Fields that may be left empty to mean "the default". */
const OPTIONAL = new Set<CalculatorParam>(["gpu", "gpus", "tps", "host", "api"]);

function toTexts(input: ScenarioInput): Texts {
  const s = (v: number | string | null) => (v === null ? "" : String(v));
  return {
    inM: s(input.inputMTokPerMonth),
    outM: s(input.outputMTokPerMonth),
    gpu: s(input.gpuId),
    gpus: s(input.gpus),
    tps: s(input.tokensPerSecondPerGpu),
    util: s(input.utilisationPercent),
    bits: s(input.bits),
    host: s(input.selfHostSlug),
    api: s(input.apiSlug),
  };
}

function writeUrl(texts: Texts, errors: Errors) {
  const params = new URLSearchParams(window.location.search);
  for (const [param, text] of Object.entries(texts) as Array<[CalculatorParam, string]>) {
    if (errors[param]) continue;
    if (text.trim() === "") params.delete(param);
    else params.set(param, text.trim());
  }
  // Slug lists keep their commas readable.
  window.history.replaceState(null, "", `?${params.toString().replace(/%2C/g, ",")}`);
}

export function BreakEvenCalculator({
  models,
  gpus,
  initial,
  initialErrors,
  rawTexts,
}: {
  models: ScenarioModel[];
  gpus: GpuOption[];
  initial: ScenarioInput;
  initialErrors: Errors;
  /** The invalid values as typed in the URL, so the reader sees what was wrong. */
  rawTexts: Partial<Texts>;
}) {
  const [input, setInput] = useState(initial);
  const [texts, setTexts] = useState<Texts>({ ...toTexts(initial), ...rawTexts });
  const [errors, setErrors] = useState<Errors>(initialErrors);

  const change = (param: CalculatorParam, text: string) => {
    const nextTexts = { ...texts, [param]: text };
    const nextErrors = { ...errors };
    delete nextErrors[param];
    let nextInput = input;
    if (text.trim() === "" && OPTIONAL.has(param)) nextInput = { ...input, [KEY_OF[param]]: null };
    else if (text.trim() === "") nextErrors[param] = "Enter a value";
    else {
      const parsed = calculatorFieldSchemas[param].safeParse(text);
      if (parsed.success) nextInput = { ...input, [KEY_OF[param]]: parsed.data };
      else nextErrors[param] = parsed.error.issues[0]?.message ?? "Invalid value";
    }
    setTexts(nextTexts);
    setErrors(nextErrors);
    setInput(nextInput);
    writeUrl(nextTexts, nextErrors);
  };

  const result = buildScenario(models, gpus, input);
  const field = (param: CalculatorParam) => ({ param, value: texts[param], error: errors[param], onChange: change });

  if (!result.ok) return <p className="rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700">{result.reason}</p>;
  const s = result.scenario;
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <div className="space-y-4">
      <form className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" onSubmit={(e) => e.preventDefault()} aria-label="Cost assumptions">
        <SelectField {...field("host")} value={texts.host || s.host.slug} label="Model to self-host" options={result.hostCandidates.map((m) => ({ value: m.slug, label: m.name }))} />
        <SelectField {...field("api")} value={texts.api || s.api.slug} label="Model to pay for by API" options={result.apiCandidates.filter((m) => m.slug !== s.host.slug).map((m) => ({ value: m.slug, label: `${m.name} (${m.apiPrice?.provider ?? ""})` }))} />
        <NumberField {...field("inM")} label="Monthly input tokens (millions)" />
        <NumberField {...field("outM")} label="Monthly output tokens (millions)" />
        <SelectField
          {...field("gpu")}
          label="GPU type"
          emptyLabel={`Cheapest that fits (${s.gpu.name}, ${s.gpu.usdPerHour.toFixed(2)} $/h)`}
          options={gpus.map((g) => ({ value: g.id, label: `${g.name} — ${g.usdPerHour.toFixed(2)} $/h` }))}
        />
        <SelectField {...field("bits")} label="Weight precision" options={PRECISION_OPTIONS} />
        <NumberField {...field("gpus")} label="GPUs per replica" placeholder={`${s.derivedGpus} (from the weights’ memory)`} hint={`Derived: ${s.servingGb.toFixed(0)} GB ÷ ${s.gpu.memoryGb} GB per GPU → ${s.derivedGpus}.`} />
        <NumberField {...field("tps")} label="Throughput per GPU (tokens/s, input + output)" placeholder={`${s.defaultTokensPerSecondPerGpu} (default assumption)`} hint="An assumption: see the note below." />
        <NumberField {...field("util")} label="Utilisation (%)" hint="Share of rented GPU time doing useful work." />
      </form>

      {hasErrors && <p className="text-sm text-amber-800 dark:text-amber-300">Results use the last valid value of each field marked above.</p>}
      {s.warnings.map((w) => (
        <p key={w} role="status" className="rounded border border-amber-600 p-2 text-sm">{w}</p>
      ))}

      <BreakEvenResults scenario={s} />

      <ChartFrame
        id="break-even-chart"
        title="Monthly cost against monthly volume"
        height={340}
        caption={`${s.api.name} by API vs ${s.host.name} self-hosted on ${s.assumptions.gpus}× ${s.gpu.name}, at your input/output mix. Self-hosting costs at least one always-on replica, then grows with volume.`}
        table={
          <table className="text-sm">
            <caption className="sr-only">Monthly cost by volume</caption>
            <thead>
              <tr><th scope="col" className="pr-3 text-left">Tokens / month</th><th scope="col" className="pr-3 text-right">API</th><th scope="col" className="text-right">Self-host</th></tr>
            </thead>
            <tbody>
              {s.chart.map((p) => (
                <tr key={p.tokensPerMonth}>
                  <td className="pr-3">{formatCount(p.tokensPerMonth)}</td>
                  <td className="pr-3 text-right tabular-nums">${p.apiUsd.toFixed(0)}</td>
                  <td className="text-right tabular-nums">${p.selfHostUsd.toFixed(0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <LazyBreakEvenChart points={s.chart} apiLabel={`${s.api.name} (API)`} selfHostLabel={`${s.host.name} (self-hosted)`} tokensPerMonth={s.tokensPerMonth} breakEvenTokensPerMonth={s.breakEvenTokensPerMonth} />
      </ChartFrame>
    </div>
  );
}
