// The calculator's answer in words and numbers, every assumption behind it with its source, and
// the chart. A server component: the numbers arrive computed (break-even-scenario.ts).
import { HOURS_PER_MONTH, THROUGHPUT_REFERENCE } from "@/lib/domain/break-even";
import type { Scenario } from "@/lib/domain/break-even-scenario";
import { volumeWords } from "@/lib/domain/compare-summary-cost";
import { QUANTISATION_NOTE, QUANTISATION_SOURCE_URL } from "@/lib/domain/quantisation";
import { formatUsd } from "@/lib/domain/format";
import { SERVING_OVERHEAD_SOURCE_URL, WEIGHTS_MEMORY_FORMULA, gpuLabel } from "@/lib/domain/hardware";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ValueSource } from "./value-source";
import { formatCount, formatMonthlyUsd } from "./cost-format";
import { LazyBreakEvenChart } from "./lazy-charts";

const CARD = "rounded border border-zinc-300 p-3 dark:border-zinc-700";

export function BreakEvenResults({ scenario: s }: { scenario: Scenario }) {
  const api = s.api.listing;
  const plan = s.selfHost.plan;
  const apiName = `${s.api.model.name} via ${api.providerName}`;
  const hostName = `${s.selfHost.model.name} self-hosted`;
  const verdict =
    s.volume.totalTokens === 0
      ? "At zero volume paying per token costs nothing and self-hosting still pays for one idle replica."
      : s.cheaper === "equal"
        ? "At your volume both cost the same."
        : `At your volume ${s.cheaper === "api" ? apiName : hostName} is cheaper.`;
  const perMTok = (v: number | null) => (v === null ? "— per 1M tokens (no volume)" : `${formatUsd(v)} per 1M tokens`);
  return (
    <div className="space-y-3">
      <p className="text-sm">
        At <strong>{volumeWords(s.volume)}</strong>{" "}
        <a href="#volume" className="inline-block py-3 underline underline-offset-2">change the volume</a>
      </p>
      <div aria-live="polite" className="grid gap-3 sm:grid-cols-3">
        <div className={CARD}>
          <h3 className="text-sm font-medium">{apiName}</h3>
          <p className="text-xl font-semibold tabular-nums" data-testid="api-monthly">{formatMonthlyUsd(s.api.monthlyUsd)} / month</p>
          <p className="text-sm">{perMTok(s.api.usdPerMTok)}</p>
        </div>
        <div className={CARD}>
          <h3 className="text-sm font-medium">{hostName}</h3>
          <p className="text-xl font-semibold tabular-nums" data-testid="self-host-monthly">{formatMonthlyUsd(s.selfHost.monthlyUsd)} / month</p>
          <p className="text-sm">{perMTok(s.selfHost.usdPerMTok)}</p>
        </div>
        <div className={CARD}>
          <h3 className="text-sm font-medium">Break-even</h3>
          <p className="text-xl font-semibold tabular-nums" data-testid="break-even">
            {s.breakEvenTokensPerMonth === null ? "none" : `${formatCount(s.breakEvenTokensPerMonth)} tokens / month`}
          </p>
          <p className="text-sm">
            {s.breakEvenTokensPerMonth === null
              ? `With these assumptions ${s.cheaper === "self-host" ? "self-hosting" : "paying per token"} is cheaper at every volume.`
              : `Above this volume (at your input/output mix) ${s.cheaperAboveBreakEven === "api" ? "paying per token" : "self-hosting"} is cheaper.`}
          </p>
        </div>
      </div>
      <p className="font-medium">{verdict}</p>
      {plan.bits < 16 && (
        <p className="rounded border border-amber-600 p-2 text-sm">
          <strong>{plan.bits}-bit weights.</strong> {QUANTISATION_NOTE}
          <ValueSource url={QUANTISATION_SOURCE_URL} label="study" />
        </p>
      )}
      <details className="rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800">
        <summary className="cursor-pointer py-3 font-semibold">Assumptions and sources</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            Per-token price: {api.providerName}, {formatUsd(api.inputUsdPerMTok)} input
            {api.cachedInputUsdPerMTok === null ? "" : `, ${formatUsd(api.cachedInputUsdPerMTok)} cached input`} / {formatUsd(api.outputUsdPerMTok)} output per 1M tokens.
            {s.volume.cachedShare > 0 &&
              ` ${Math.round(s.volume.cachedShare * 100)}% of input is billed at ${api.cachedInputUsdPerMTok === null ? "the full input price: this listing gives no cached price" : "the cached price"}.`}
            <ValueSource url={api.sourceUrl} asOf={api.asOf} />
          </li>
          <li>
            GPU: {gpuLabel(plan.gpu)} at ${plan.gpu.usdPerHour.toFixed(2)} per GPU-hour on demand, {HOURS_PER_MONTH} hours a month, always on.
            <ValueSource url={plan.gpu.sourceUrl ?? null} asOf={plan.gpu.asOf ?? null} label="price source" />
          </li>
          <li>
            GPUs per replica: {plan.assumptions.gpus} at {plan.bits}-bit. {WEIGHTS_MEMORY_FORMULA}.
            <ValueSource url={SERVING_OVERHEAD_SOURCE_URL} label="overhead rule of thumb" />
          </li>
          <li>
            Throughput: {plan.assumptions.tokensPerSecondPerGpu.toLocaleString("en-US")} input + output tokens per second per GPU —{" "}
            <strong>an assumption</strong>. The default scales one published measurement ({THROUGHPUT_REFERENCE.description}; counting input and output, ≈
            {THROUGHPUT_REFERENCE.tokensPerSecondPerGpu.toLocaleString("en-US")} tokens/s) by the model’s active parameters and the GPU’s memory bandwidth.
            That measurement is a peak offline batch; real serving is usually slower, and output-heavy traffic slower still.
            <ValueSource url={THROUGHPUT_REFERENCE.sourceUrl} label="benchmark source" />
          </li>
          <li>
            Utilisation: {Math.round(plan.assumptions.utilisation * 100)}% of rented time does useful work. Beyond one replica, capacity is assumed to scale smoothly
            (autoscaling); engineering time, storage and networking are not counted.
          </li>
        </ul>
      </details>
      <ChartFrame
        id="break-even-chart"
        title="Monthly cost against monthly volume"
        height={340}
        caption={`${apiName} against ${hostName} on ${plan.assumptions.gpus}× ${gpuLabel(plan.gpu)}, at your input/output mix. Self-hosting costs at least one always-on replica, then grows with volume.`}
        table={
          <table className="text-sm">
            <caption className="sr-only">Monthly cost by volume</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-3 text-left">Tokens / month</th>
                <th scope="col" className="pr-3 text-right">{apiName}</th>
                <th scope="col" className="text-right">Self-hosted</th>
              </tr>
            </thead>
            <tbody>
              {s.chart.map((p) => (
                <tr key={p.tokensPerMonth}>
                  <td className="pr-3">{formatCount(p.tokensPerMonth)}</td>
                  <td className="pr-3 text-right tabular-nums">{formatMonthlyUsd(p.apiUsd)}</td>
                  <td className="text-right tabular-nums">{formatMonthlyUsd(p.selfHostUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <LazyBreakEvenChart points={s.chart} apiLabel={apiName} selfHostLabel={hostName} tokensPerMonth={s.volume.totalTokens} breakEvenTokensPerMonth={s.breakEvenTokensPerMonth} />
      </ChartFrame>
    </div>
  );
}
