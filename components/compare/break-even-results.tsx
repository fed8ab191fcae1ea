// The calculator's answer in words and numbers, and every assumption behind it with its source.
import { HOURS_PER_MONTH, THROUGHPUT_REFERENCE } from "@/lib/domain/break-even";
import type { Scenario } from "@/lib/domain/break-even-scenario";
import { formatUsd } from "@/lib/domain/format";
import { SERVING_OVERHEAD_SOURCE_URL, WEIGHTS_MEMORY_FORMULA } from "@/lib/domain/hardware";
import { ValueSource } from "./value-source";
import { formatCount, formatMonthlyUsd } from "./cost-format";

export function BreakEvenResults({ scenario: s }: { scenario: Scenario }) {
  const api = s.api.apiPrice;
  const verdict =
    s.tokensPerMonth === 0
      ? "At zero volume the API costs nothing and self-hosting still pays for one idle replica."
      : s.cheaper === "equal"
        ? "At your volume both cost the same."
        : `At your volume ${s.cheaper === "api" ? `the ${s.api.name} API` : `self-hosting ${s.host.name}`} is cheaper.`;
  return (
    <div className="space-y-3">
      <div aria-live="polite" className="grid gap-3 sm:grid-cols-3">
        <div className="rounded border border-zinc-300 p-3 dark:border-zinc-700">
          <h3 className="text-sm font-medium">{s.api.name} by API</h3>
          <p className="text-xl font-semibold tabular-nums" data-testid="api-monthly">{formatMonthlyUsd(s.apiMonthlyUsd)} / month</p>
          <p className="text-xs">{s.apiUsdPerMTok === null ? "— per 1M tokens (no volume)" : `${formatUsd(s.apiUsdPerMTok)} per 1M tokens`}</p>
        </div>
        <div className="rounded border border-zinc-300 p-3 dark:border-zinc-700">
          <h3 className="text-sm font-medium">{s.host.name} self-hosted</h3>
          <p className="text-xl font-semibold tabular-nums" data-testid="self-host-monthly">{formatMonthlyUsd(s.selfHostMonthlyUsd)} / month</p>
          <p className="text-xs">{s.selfHostUsdPerMTok === null ? "— per 1M tokens (no volume)" : `${formatUsd(s.selfHostUsdPerMTok)} per 1M tokens`}</p>
        </div>
        <div className="rounded border border-zinc-300 p-3 dark:border-zinc-700">
          <h3 className="text-sm font-medium">Break-even</h3>
          <p className="text-xl font-semibold tabular-nums" data-testid="break-even">
            {s.breakEvenTokensPerMonth === null ? "none" : `${formatCount(s.breakEvenTokensPerMonth)} tokens / month`}
          </p>
          <p className="text-xs">
            {s.breakEvenTokensPerMonth === null
              ? "With these assumptions the API is cheaper at every volume."
              : "Above this volume (at your input/output mix) self-hosting is cheaper."}
          </p>
        </div>
      </div>
      <p className="font-medium">{verdict}</p>
      <details className="rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800">
        <summary className="cursor-pointer font-semibold">Assumptions and sources</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            API price: {api.provider}, {formatUsd(api.inputUsdPerMTok)} input / {formatUsd(api.outputUsdPerMTok)} output per 1M tokens.
            <ValueSource url={api.sourceUrl} asOf={api.asOf} />
          </li>
          <li>
            GPU: {s.gpu.name} at ${s.gpu.usdPerHour.toFixed(2)} per GPU-hour on demand, {HOURS_PER_MONTH} hours a month, always on.
            <ValueSource url={s.gpu.sourceUrl ?? null} asOf={s.gpu.asOf ?? null} label="price source" />
          </li>
          <li>
            GPUs per replica: {s.assumptions.gpus}. {WEIGHTS_MEMORY_FORMULA}.
            <ValueSource url={SERVING_OVERHEAD_SOURCE_URL} label="overhead rule of thumb" />
          </li>
          <li>
            Throughput: {s.assumptions.tokensPerSecondPerGpu.toLocaleString("en-US")} input + output tokens per second per GPU —{" "}
            <strong>an assumption</strong>. The default scales one published measurement ({THROUGHPUT_REFERENCE.description}; counting input and output, ≈
            {THROUGHPUT_REFERENCE.tokensPerSecondPerGpu.toLocaleString("en-US")} tokens/s) by the model’s active parameters and the GPU’s memory bandwidth.
            That measurement is a peak offline batch; real serving is usually slower, and output-heavy traffic slower still.
            <ValueSource url={THROUGHPUT_REFERENCE.sourceUrl} label="benchmark source" />
          </li>
          <li>
            Utilisation: {Math.round(s.assumptions.utilisation * 100)}% of rented time does useful work. Beyond one replica, capacity is assumed to scale smoothly
            (autoscaling); engineering time, storage and networking are not counted.
          </li>
        </ul>
      </details>
    </div>
  );
}
