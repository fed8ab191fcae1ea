"use client";
// Best open vs best closed score on one quality measure (a benchmark in one
// setting) by release date, as step lines; a select switches between the
// measures both sides report.
import { useId, useState } from "react";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from "recharts";
import type { AxisScale } from "@/lib/domain/insights/axis-ticks";
import { yearLabel } from "@/lib/domain/insights/axis-ticks";
import type { GapSeries, GapStep } from "@/lib/domain/insights/performance-gap";
import { formatScore } from "@/lib/domain/format";
import { ACCESS_COLOURS } from "@/lib/domain/palette";
import { AXIS_LABEL, AXIS_LINE, AXIS_TICK, GRID_PROPS, LINE_DASH } from "@/components/charts/chart-theme";
import { ChartLegend } from "./chart-legend";
import { TooltipBox } from "./chart-tooltip";

const OPEN_COLOUR = ACCESS_COLOURS["open-source"];
const CLOSED_COLOUR = ACCESS_COLOURS.closed;

function StepTooltip({ active, payload }: TooltipContentProps) {
  const s = payload?.[0]?.payload as GapStep | undefined;
  if (!active || !s) return null;
  return (
    <TooltipBox title={`As of ${s.released}`}>
      <p>Best open: {s.bestOpenModel ? `${s.bestOpenModel}, ${formatScore(s.bestOpen)}` : "none yet"}</p>
      <p>Best closed: {s.bestClosedModel ? `${s.bestClosedModel}, ${formatScore(s.bestClosed)}` : "none yet"}</p>
      {s.gapPoints !== null && <p>Gap: {s.gapPoints > 0 ? `closed ahead by ${formatScore(s.gapPoints)}` : s.gapPoints < 0 ? `open ahead by ${formatScore(-s.gapPoints)}` : "level"} points</p>}
    </TooltipBox>
  );
}

/** A dot only where a model set a new best: the steps in between carry no new release for that side. */
function stepDot(flag: "newBestOpen" | "newBestClosed", colour: string) {
  return function StepDot({ cx, cy, payload, index }: DotItemDotProps) {
    const step = payload as GapStep;
    if (!step[flag] || cx === undefined || cy === undefined) return <g key={index} />;
    return <circle key={index} cx={cx} cy={cy} r={4} fill={colour} stroke="currentColor" strokeWidth={1} />;
  };
}

const OPEN_DOT = stepDot("newBestOpen", OPEN_COLOUR);
const CLOSED_DOT = stepDot("newBestClosed", CLOSED_COLOUR);

export function PerformanceGapChart({ series, xScales, yScales }: { series: readonly GapSeries[]; xScales: Record<string, AxisScale>; yScales: Record<string, AxisScale> }) {
  const selectId = useId();
  const [measureId, setMeasureId] = useState(series[0]?.measure.id ?? "");
  const current = series.find((s) => s.measure.id === measureId) ?? series[0];
  if (!current) return <p className="text-sm">No benchmark has scores for both open and closed models among the filtered models.</p>;
  const xScale = xScales[current.measure.id];
  const yScale = yScales[current.measure.id];
  return (
    <div className="flex h-full flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <label htmlFor={selectId} className="flex max-w-full flex-wrap items-center gap-x-1 text-sm font-medium">
          Quality measure{" "}
          <select id={selectId} value={current.measure.id} onChange={(e) => setMeasureId(e.currentTarget.value)} className="min-w-0 max-w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900">
            {series.map((s) => (
              <option key={s.measure.id} value={s.measure.id}>{s.measure.label} ({s.sources.length} scores)</option>
            ))}
          </select>
        </label>
        <ChartLegend items={[{ label: "Best open model so far", colour: OPEN_COLOUR, line: "solid" }, { label: "Best closed model so far", colour: CLOSED_COLOUR, line: "dashed" }]} />
      </div>
      <div className="min-h-0 flex-1">
        <LineChart responsive style={{ width: "100%", height: "100%" }} data={current.steps} margin={{ top: 8, right: 16, bottom: 8, left: 4 }}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis type="number" dataKey="t" scale="time" domain={xScale?.domain ?? ["dataMin", "dataMax"]} ticks={xScale?.ticks} tickFormatter={yearLabel} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} />
          <YAxis type="number" domain={yScale?.domain ?? ["auto", "auto"]} ticks={yScale?.ticks} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} width={44} label={{ value: `${current.measure.benchmark} score`, angle: -90, position: "insideLeft", ...AXIS_LABEL }} />
          <Tooltip content={StepTooltip} cursor={{ stroke: "currentColor", strokeOpacity: 0.4 }} />
          <Line type="stepAfter" dataKey="bestOpen" name="Best open" stroke={OPEN_COLOUR} strokeWidth={3} strokeDasharray={LINE_DASH.open} dot={OPEN_DOT} connectNulls={false} isAnimationActive={false} />
          <Line type="stepAfter" dataKey="bestClosed" name="Best closed" stroke={CLOSED_COLOUR} strokeWidth={3} strokeDasharray={LINE_DASH.closed} dot={CLOSED_DOT} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </div>
    </div>
  );
}
