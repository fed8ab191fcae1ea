"use client";
// Release date against total parameters (log scale), by access class; the
// size records of each side carry their names.
import { useState } from "react";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type ScatterShapeProps, type TooltipContentProps } from "recharts";
import { ACCESS_CLASSES, type AccessClass } from "@/lib/schemas/vocabulary";
import { yearLabel, type AxisScale } from "@/lib/domain/insights/axis-ticks";
import type { SizePoint } from "@/lib/domain/insights/size-over-time";
import { formatParameters } from "@/lib/domain/format";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import { ACCESS_MARKER, AXIS_LABEL, AXIS_LINE, AXIS_TICK, GRID_PROPS } from "@/components/charts/chart-theme";
import { NotableLabels } from "@/components/charts/notable-labels";
import { ChartLegend } from "./chart-legend";
import { TooltipBox } from "./chart-tooltip";
import { FocusedPoint } from "./focused-point";
import { Marker } from "./marker";
import { PointLink } from "./point-link";

const describe = (p: SizePoint) =>
  `${p.name} (${ACCESS_LABELS[p.access]}): ${formatParameters(p.parameters)} parameters${p.activeParameters !== null ? `, ${formatParameters(p.activeParameters)} active` : ""}, released ${p.released}`;

function PointTooltip({ active, payload }: TooltipContentProps) {
  const p = payload?.[0]?.payload as SizePoint | undefined;
  if (!active || !p) return null;
  return (
    <TooltipBox title={p.name}>
      <p>{ACCESS_LABELS[p.access]}, released {p.released}</p>
      <p>{formatParameters(p.parameters)} parameters{p.activeParameters !== null && ` (${formatParameters(p.activeParameters)} active per token)`}</p>
    </TooltipBox>
  );
}

export function SizeChart({ series, xScale, yScale }: { series: Record<AccessClass, SizePoint[]>; xScale: AxisScale; yScale: AxisScale }) {
  const [focused, setFocused] = useState<string | null>(null);
  const renderPoint = (access: AccessClass) => (props: ScatterShapeProps) => {
    const p = props.payload as SizePoint;
    if (props.cx === undefined || props.cy === undefined) return null;
    return (
      <PointLink href={`/models/${p.slug}`} label={describe(p)} cx={props.cx} cy={props.cy} onFocus={() => setFocused(describe(p))} onBlur={() => setFocused(null)}>
        <Marker cx={props.cx} cy={props.cy} shape={ACCESS_MARKER[access].shape} colour={ACCESS_MARKER[access].colour} />
      </PointLink>
    );
  };
  const labels = ACCESS_CLASSES.flatMap((a) => series[a]).filter((p) => p.notable).map((p) => ({ key: p.slug, x: p.t, y: p.parameters, text: p.name }));
  return (
    <div className="flex h-full flex-col gap-2">
      <ChartLegend items={ACCESS_CLASSES.map((a) => ({ label: ACCESS_LABELS[a], colour: ACCESS_MARKER[a].colour, shape: ACCESS_MARKER[a].shape }))} />
      <div className="min-h-0 flex-1">
        <ScatterChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 16, bottom: 8, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis type="number" dataKey="t" name="Released" scale="time" domain={xScale.domain} ticks={xScale.ticks} tickFormatter={yearLabel} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} />
          <YAxis type="number" dataKey="parameters" name="Parameters" scale="log" domain={yScale.domain} ticks={yScale.ticks} allowDataOverflow tickFormatter={(v: number) => formatParameters(v)} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} width={52} label={{ value: "Parameters (log)", angle: -90, position: "insideLeft", ...AXIS_LABEL }} />
          <Tooltip content={PointTooltip} cursor={{ strokeDasharray: "3 3", stroke: "currentColor", strokeOpacity: 0.4 }} />
          {ACCESS_CLASSES.map((a) => (
            <Scatter key={a} name={ACCESS_LABELS[a]} data={series[a]} shape={renderPoint(a)} isAnimationActive={false} />
          ))}
          <NotableLabels labels={labels} points={ACCESS_CLASSES.flatMap((a) => series[a]).map((p) => ({ x: p.t, y: p.parameters }))} />
        </ScatterChart>
      </div>
      <FocusedPoint text={focused} />
    </div>
  );
}
