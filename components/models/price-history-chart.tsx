"use client";
// One provider's price for a model over time: input, cached input and output
// per 1M tokens as step lines (a price holds until the next change); a select
// switches provider.
import { useId, useState } from "react";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { AxisScale } from "@/lib/domain/insights/axis-ticks";
import type { ProviderPriceSeries, PricePoint } from "@/lib/domain/price-history";
import { formatUsd } from "@/lib/domain/format";
import { AXIS_LABEL, AXIS_LINE, AXIS_TICK, GRID_PROPS } from "@/components/charts/chart-theme";

export interface PriceHistoryView {
  series: ProviderPriceSeries;
  xTicks: number[];
  yScale: AxisScale;
}

/** Line colours (Okabe–Ito) and dashes: each line differs without colour too. */
const LINES = [
  { key: "input", label: "Input", colour: "#0072B2", dash: undefined },
  { key: "cachedInput", label: "Cached input", colour: "#009E73", dash: "2 3" },
  { key: "output", label: "Output", colour: "#D55E00", dash: "6 4" },
] as const;

const dayLabel = (t: number) => new Date(t).toISOString().slice(0, 7);

function PriceTooltip({ active, payload }: TooltipContentProps) {
  const p = payload?.[0]?.payload as PricePoint | undefined;
  if (!active || !p) return null;
  return (
    <div className="rounded border border-zinc-300 bg-white px-2 py-1.5 text-xs text-zinc-900 shadow dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
      <p className="font-semibold">From {p.date}</p>
      <p>Input {formatUsd(p.input)}, cached input {formatUsd(p.cachedInput)}, output {formatUsd(p.output)} per 1M tokens</p>
    </div>
  );
}

export function PriceHistoryChart({ views }: { views: readonly PriceHistoryView[] }) {
  const selectId = useId();
  const [provider, setProvider] = useState(views[0]?.series.provider ?? "");
  const view = views.find((v) => v.series.provider === provider) ?? views[0];
  if (!view) return null;
  const lines = LINES.filter((l) => l.key !== "cachedInput" || view.series.points.some((p) => p.cachedInput !== null));
  return (
    <div className="flex h-full flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <label htmlFor={selectId} className="flex max-w-full flex-wrap items-center gap-x-1 text-sm font-medium">
          Provider{" "}
          <select id={selectId} value={view.series.provider} onChange={(e) => setProvider(e.currentTarget.value)} className="min-w-0 max-w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900">
            {views.map((v) => (
              <option key={v.series.provider} value={v.series.provider}>
                {v.series.providerName} ({v.series.changes} {v.series.changes === 1 ? "price" : "prices"}{v.series.retiredOn ? ", retired" : ""})
              </option>
            ))}
          </select>
        </label>
        <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {lines.map((l) => (
            <li key={l.key} className="flex items-center gap-1.5">
              <svg width="22" height="14" aria-hidden="true"><line x1="1" y1="7" x2="21" y2="7" stroke={l.colour} strokeWidth="3" strokeDasharray={l.dash} /></svg>
              {l.label}
            </li>
          ))}
        </ul>
      </div>
      <div className="min-h-0 flex-1">
        <LineChart responsive style={{ width: "100%", height: "100%" }} data={view.series.points} margin={{ top: 8, right: 16, bottom: 8, left: 4 }}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis type="number" dataKey="t" scale="time" domain={["dataMin", "dataMax"]} ticks={view.xTicks} tickFormatter={dayLabel} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} />
          <YAxis type="number" domain={view.yScale.domain} ticks={view.yScale.ticks} tickFormatter={(v: number) => formatUsd(v)} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} width={56} label={{ value: "USD per 1M tokens", angle: -90, position: "insideLeft", ...AXIS_LABEL }} />
          <Tooltip content={PriceTooltip} cursor={{ stroke: "currentColor", strokeOpacity: 0.4 }} />
          {lines.map((l) => (
            <Line key={l.key} type="stepAfter" dataKey={l.key} name={l.label} stroke={l.colour} strokeWidth={2.5} strokeDasharray={l.dash} dot={{ r: 3, fill: l.colour, strokeWidth: 0 }} connectNulls={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </div>
    </div>
  );
}
