"use client";
// The open models the most providers serve now, as horizontal bars.
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import type { HostsBar } from "@/lib/domain/insights/hosts-per-model";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import { ACCESS_MARKER, AXIS_LABEL, AXIS_LINE, AXIS_TICK, GRID_PROPS } from "@/components/charts/chart-theme";
import { ChartLegend } from "./chart-legend";
import { TooltipBox } from "./chart-tooltip";

function BarTooltip({ active, payload }: TooltipContentProps) {
  const b = payload?.[0]?.payload as HostsBar | undefined;
  if (!active || !b) return null;
  return (
    <TooltipBox title={b.name}>
      <p>{ACCESS_LABELS[b.access]}</p>
      <p>Served by {b.hosts} {b.hosts === 1 ? "provider" : "providers"} now</p>
    </TooltipBox>
  );
}

export function HostsChart({ bars }: { bars: readonly HostsBar[] }) {
  if (bars.length === 0) return <p className="text-sm">No open model among the filtered models has a current listing.</p>;
  return (
    <div className="flex h-full flex-col gap-2">
      <ChartLegend items={ACCESS_CLASSES.filter((a) => a !== "closed").map((a) => ({ label: ACCESS_LABELS[a], colour: ACCESS_MARKER[a].colour, shape: "square" as const }))} />
      <div className="min-h-0 flex-1">
        <BarChart responsive style={{ width: "100%", height: "100%" }} data={[...bars]} layout="vertical" margin={{ top: 4, right: 16, bottom: 16, left: 4 }} barCategoryGap="20%">
          <CartesianGrid {...GRID_PROPS} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} label={{ value: "Providers serving it now", position: "insideBottom", offset: -10, ...AXIS_LABEL }} />
          <YAxis type="category" dataKey="name" width={176} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} interval={0} />
          <Tooltip content={BarTooltip} cursor={{ fill: "currentColor", fillOpacity: 0.06 }} />
          <Bar dataKey="hosts" name="Providers" isAnimationActive={false} stroke="currentColor" strokeOpacity={0.4}>
            {bars.map((b) => (
              <Cell key={b.slug} fill={ACCESS_MARKER[b.access].colour} />
            ))}
          </Bar>
        </BarChart>
      </div>
    </div>
  );
}
