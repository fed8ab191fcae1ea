"use client";
// Price (log scale) against MMLU, by access class. Hollow markers are
// estimated self-hosting costs, filled ones listed API prices.
import { useState } from "react";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type ScatterShapeProps, type TooltipContentProps } from "recharts";
import { ACCESS_CLASSES, type AccessClass } from "@/lib/schemas/vocabulary";
import type { AxisScale } from "@/lib/domain/insights/axis-ticks";
import type { PriceQualityPoint } from "@/lib/domain/insights/price-quality";
import { formatUsd } from "@/lib/domain/format";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import { ACCESS_MARKER, AXIS_LABEL, AXIS_LINE, AXIS_TICK, GRID_PROPS } from "@/components/charts/chart-theme";
import { ChartLegend } from "./chart-legend";
import { TooltipBox } from "./chart-tooltip";
import { FocusedPoint } from "./focused-point";
import { Marker } from "./marker";
import { PointLink } from "./point-link";

const describe = (p: PriceQualityPoint) =>
  `${p.name} (${ACCESS_LABELS[p.access]}): ${formatUsd(p.usdPerMTok)} per 1M tokens${p.estimated ? " (estimate)" : ""}, MMLU ${p.mmlu}`;

function PointTooltip({ active, payload }: TooltipContentProps) {
  const p = payload?.[0]?.payload as PriceQualityPoint | undefined;
  if (!active || !p) return null;
  return (
    <TooltipBox title={p.name}>
      <p>{ACCESS_LABELS[p.access]}</p>
      <p>{formatUsd(p.usdPerMTok)} per 1M tokens — {p.basis}</p>
      <p>MMLU {p.mmlu}</p>
    </TooltipBox>
  );
}

export function PriceQualityChart({ series, xScale }: { series: Record<AccessClass, PriceQualityPoint[]>; xScale: AxisScale }) {
  const [focused, setFocused] = useState<string | null>(null);
  const renderPoint = (access: AccessClass) => (props: ScatterShapeProps) => {
    const p = props.payload as PriceQualityPoint;
    if (props.cx === undefined || props.cy === undefined) return null;
    return (
      <PointLink href={`/models/${p.slug}`} label={describe(p)} cx={props.cx} cy={props.cy} onFocus={() => setFocused(describe(p))} onBlur={() => setFocused(null)}>
        <Marker cx={props.cx} cy={props.cy} shape={ACCESS_MARKER[access].shape} colour={ACCESS_MARKER[access].colour} hollow={p.estimated} />
      </PointLink>
    );
  };
  return (
    <div className="flex h-full flex-col gap-2">
      <ChartLegend
        items={[
          ...ACCESS_CLASSES.map((a) => ({ label: ACCESS_LABELS[a], colour: ACCESS_MARKER[a].colour, shape: ACCESS_MARKER[a].shape })),
          { label: "Hollow: estimated self-hosting cost", colour: "#71717a", shape: "circle" as const, hollow: true },
        ]}
      />
      <div className="min-h-0 flex-1">
        <ScatterChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 16, bottom: 24, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis type="number" dataKey="usdPerMTok" name="Price" scale="log" domain={xScale.domain} ticks={xScale.ticks} allowDataOverflow tickFormatter={(v: number) => formatUsd(v)} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} label={{ value: "USD per 1M tokens, blended 3:1 (log scale)", position: "insideBottom", offset: -14, ...AXIS_LABEL }} />
          <YAxis type="number" dataKey="mmlu" name="MMLU" domain={[20, 100]} ticks={[20, 40, 60, 80, 100]} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} width={44} label={{ value: "MMLU %", angle: -90, position: "insideLeft", ...AXIS_LABEL }} />
          <Tooltip content={PointTooltip} cursor={{ strokeDasharray: "3 3", stroke: "currentColor", strokeOpacity: 0.4 }} />
          {ACCESS_CLASSES.map((a) => (
            <Scatter key={a} name={ACCESS_LABELS[a]} data={series[a]} shape={renderPoint(a)} isAnimationActive={false} />
          ))}
        </ScatterChart>
      </div>
      <FocusedPoint text={focused} />
    </div>
  );
}
