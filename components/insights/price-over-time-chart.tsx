"use client";
// The cheapest open and the cheapest closed model at or above a quality level,
// day by day, as step lines on a log price axis; selects switch the measure
// and the level.
import { useId, useState } from "react";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { AxisScale } from "@/lib/domain/insights/axis-ticks";
import { yearLabel } from "@/lib/domain/insights/axis-ticks";
import type { CheapestStep } from "@/lib/domain/insights/price-over-time";
import type { QualityMeasure } from "@/lib/domain/insights/quality-measure";
import { formatScore, formatUsd } from "@/lib/domain/format";
import { ACCESS_COLOURS } from "@/lib/domain/palette";
import { AXIS_LABEL, AXIS_LINE, AXIS_TICK, GRID_PROPS, LINE_DASH } from "@/components/charts/chart-theme";
import { ChartLegend } from "./chart-legend";
import { TooltipBox } from "./chart-tooltip";

const OPEN_COLOUR = ACCESS_COLOURS["open-source"];
const CLOSED_COLOUR = ACCESS_COLOURS.closed;

export interface PriceOverTimeView {
  measure: QualityMeasure;
  levels: Array<{ level: number; steps: CheapestStep[]; xScale: AxisScale; yScale: AxisScale; summary: string }>;
}

function StepTooltip({ active, payload }: TooltipContentProps) {
  const s = payload?.[0]?.payload as CheapestStep | undefined;
  if (!active || !s) return null;
  return (
    <TooltipBox title={`From ${s.date}`}>
      <p>Cheapest open: {s.openModel ? `${s.openModel}, ${formatUsd(s.open)}` : "no priced model"}</p>
      <p>Cheapest closed: {s.closedModel ? `${s.closedModel}, ${formatUsd(s.closed)}` : "no priced model"}</p>
    </TooltipBox>
  );
}

export function PriceOverTimeChart({ views }: { views: readonly PriceOverTimeView[] }) {
  const measureSelect = useId();
  const levelSelect = useId();
  const [measureId, setMeasureId] = useState(views[0]?.measure.id ?? "");
  const [levelIndex, setLevelIndex] = useState(0);
  const view = views.find((v) => v.measure.id === measureId) ?? views[0];
  const level = view?.levels[levelIndex] ?? view?.levels[0];
  if (!view || !level) return <p className="text-sm">No quality measure has priced models on both sides among the filtered models.</p>;
  return (
    <div className="flex h-full flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label htmlFor={measureSelect} className="flex max-w-full flex-wrap items-center gap-x-1 text-sm font-medium">
          Quality measure{" "}
          <select id={measureSelect} value={view.measure.id} onChange={(e) => { setMeasureId(e.currentTarget.value); setLevelIndex(0); }} className="min-w-0 max-w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900">
            {views.map((v) => (
              <option key={v.measure.id} value={v.measure.id}>{v.measure.label}</option>
            ))}
          </select>
        </label>
        <label htmlFor={levelSelect} className="flex max-w-full flex-wrap items-center gap-x-1 text-sm font-medium">
          Scoring at least{" "}
          <select id={levelSelect} value={levelIndex} onChange={(e) => setLevelIndex(Number(e.currentTarget.value))} className="min-w-0 max-w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900">
            {view.levels.map((l, i) => (
              <option key={l.level} value={i}>{formatScore(l.level)}</option>
            ))}
          </select>
        </label>
        <ChartLegend items={[{ label: "Cheapest open model", colour: OPEN_COLOUR, line: "solid" }, { label: "Cheapest closed model", colour: CLOSED_COLOUR, line: "dashed" }]} />
      </div>
      <p aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">{level.summary}</p>
      <div className="min-h-0 flex-1">
        <LineChart responsive style={{ width: "100%", height: "100%" }} data={level.steps} margin={{ top: 8, right: 16, bottom: 8, left: 4 }}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis type="number" dataKey="t" scale="time" domain={level.xScale.domain} ticks={level.xScale.ticks} tickFormatter={yearLabel} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} />
          <YAxis type="number" scale="log" domain={level.yScale.domain} ticks={level.yScale.ticks} allowDataOverflow tickFormatter={(v: number) => formatUsd(v)} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} width={56} label={{ value: "USD per 1M tokens (log)", angle: -90, position: "insideLeft", ...AXIS_LABEL }} />
          <Tooltip content={StepTooltip} cursor={{ stroke: "currentColor", strokeOpacity: 0.4 }} />
          <Line type="stepAfter" dataKey="open" name="Cheapest open" stroke={OPEN_COLOUR} strokeWidth={3} strokeDasharray={LINE_DASH.open} dot={{ r: 4, fill: OPEN_COLOUR, strokeWidth: 0 }} connectNulls={false} isAnimationActive={false} />
          <Line type="stepAfter" dataKey="closed" name="Cheapest closed" stroke={CLOSED_COLOUR} strokeWidth={3} strokeDasharray={LINE_DASH.closed} dot={{ r: 4, fill: CLOSED_COLOUR, strokeWidth: 0 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </div>
    </div>
  );
}
