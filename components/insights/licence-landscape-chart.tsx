"use client";
// Models per licence category and per commercial-use answer, stacked by
// access class.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import type { LandscapeBar } from "@/lib/domain/insights/licence-landscape";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import { ACCESS_MARKER, AXIS_LINE, AXIS_TICK, GRID_PROPS } from "@/components/charts/chart-theme";
import { ChartLegend } from "./chart-legend";
import { TooltipBox } from "./chart-tooltip";

function BarTooltip({ active, payload }: TooltipContentProps) {
  const b = payload?.[0]?.payload as LandscapeBar<string> | undefined;
  if (!active || !b) return null;
  return (
    <TooltipBox title={`${b.label}: ${b.total} ${b.total === 1 ? "model" : "models"}`}>
      {ACCESS_CLASSES.map((a) => (
        <p key={a}>{ACCESS_LABELS[a]}: {b[a]}</p>
      ))}
    </TooltipBox>
  );
}

function StackedBars({ title, bars }: { title: string; bars: ReadonlyArray<LandscapeBar<string>> }) {
  return (
    <div className="flex min-h-0 flex-col">
      <p className="text-sm font-medium">{title}</p>
      <div className="min-h-0 flex-1">
        <BarChart responsive style={{ width: "100%", height: "100%" }} data={[...bars]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} maxBarSize={36}>
          <CartesianGrid {...GRID_PROPS} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} />
          <YAxis type="category" dataKey="label" width={150} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} interval={0} />
          <Tooltip content={BarTooltip} cursor={{ fill: "currentColor", fillOpacity: 0.06 }} />
          {ACCESS_CLASSES.map((a) => (
            <Bar key={a} dataKey={a} name={ACCESS_LABELS[a]} stackId="access" fill={ACCESS_MARKER[a].colour} stroke="currentColor" strokeOpacity={0.4} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
    </div>
  );
}

export function LicenceLandscapeChart({ byCategory, byCommercialUse }: { byCategory: ReadonlyArray<LandscapeBar<string>>; byCommercialUse: ReadonlyArray<LandscapeBar<string>> }) {
  return (
    <div className="flex h-full flex-col gap-2">
      <ChartLegend items={ACCESS_CLASSES.map((a) => ({ label: ACCESS_LABELS[a], colour: ACCESS_MARKER[a].colour, shape: "square" as const }))} />
      <div className="grid min-h-0 flex-1 grid-rows-2 gap-3 md:grid-cols-2 md:grid-rows-1">
        <StackedBars title="By licence category" bars={byCategory} />
        <StackedBars title="By commercial use allowed" bars={byCommercialUse} />
      </div>
    </div>
  );
}
