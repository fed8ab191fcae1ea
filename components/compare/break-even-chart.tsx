"use client";
// Monthly cost against monthly volume, API vs self-hosting, on log scales; the reader's volume
// and the break-even are marked. Points arrive computed by lib/domain/break-even-scenario.ts.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint } from "@/lib/domain/break-even-scenario";
import { seriesColour } from "@/lib/domain/palette";
import { AXIS_LABEL, AXIS_LINE, AXIS_TICK, GRID_PROPS, LEGEND_STYLE, REFERENCE_LABEL, TOOLTIP_STYLE } from "@/components/charts/chart-theme";
import { formatCount, formatMonthlyUsd } from "./cost-format";

/** Powers of ten inside the plotted range: readable ticks on a log axis. */
function decadeTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let t = 10 ** Math.ceil(Math.log10(lo)); t <= hi; t *= 10) ticks.push(t);
  return ticks;
}

export function BreakEvenChart({
  points,
  apiLabel,
  selfHostLabel,
  tokensPerMonth,
  breakEvenTokensPerMonth,
}: {
  points: ChartPoint[];
  apiLabel: string;
  selfHostLabel: string;
  tokensPerMonth: number;
  breakEvenTokensPerMonth: number | null;
}) {
  const volumeFirst = breakEvenTokensPerMonth !== null && tokensPerMonth < breakEvenTokensPerMonth;
  return (
    <LineChart responsive style={{ width: "100%", height: "100%" }} data={points} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
      <CartesianGrid {...GRID_PROPS} />
      <XAxis
        dataKey="tokensPerMonth"
        type="number"
        scale="log"
        domain={["dataMin", "dataMax"]}
        ticks={decadeTicks(points[0]?.tokensPerMonth ?? 1e6, points.at(-1)?.tokensPerMonth ?? 1e9)}
        tickFormatter={formatCount}
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        label={{ value: "Tokens per month (log scale)", position: "insideBottom", offset: -14, ...AXIS_LABEL }}
      />
      <YAxis scale="log" domain={["auto", "auto"]} tickFormatter={(v: number) => `$${formatCount(v)}`} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} width={64} />
      <Tooltip
        labelFormatter={(v) => `${formatCount(Number(v))} tokens / month`}
        formatter={(v) => formatMonthlyUsd(Number(v))}
        contentStyle={TOOLTIP_STYLE}
      />
      <Legend verticalAlign="top" wrapperStyle={LEGEND_STYLE} />
      <Line name={apiLabel} dataKey="apiUsd" stroke={seriesColour(1)} strokeWidth={2} dot={false} isAnimationActive={false} legendType="square" />
      <Line name={selfHostLabel} dataKey="selfHostUsd" stroke={seriesColour(0)} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} legendType="line" />
      {/* Each label on the side of its line away from the other line, so they never read as each other's. */}
      {tokensPerMonth > 0 && (
        <ReferenceLine x={tokensPerMonth} stroke="currentColor" strokeDasharray="2 2" label={{ value: "your volume", position: volumeFirst ? "insideTopRight" : "insideTopLeft", ...REFERENCE_LABEL }} />
      )}
      {breakEvenTokensPerMonth !== null && (
        <ReferenceLine x={breakEvenTokensPerMonth} stroke={seriesColour(2)} label={{ value: "break-even", position: volumeFirst ? "insideBottomLeft" : "insideBottomRight", ...REFERENCE_LABEL }} />
      )}
    </LineChart>
  );
}
