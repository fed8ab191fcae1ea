"use client";
// Price (log scale) against one quality measure at a time, by access class; a
// select switches measure. Hollow markers are estimated self-hosting costs,
// filled ones listed API prices; a few notable points carry their names.
import { useId, useState } from "react";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type ScatterShapeProps, type TooltipContentProps } from "recharts";
import { ACCESS_CLASSES, type AccessClass } from "@/lib/schemas/vocabulary";
import type { AxisScale } from "@/lib/domain/insights/axis-ticks";
import type { PriceQualityPoint } from "@/lib/domain/insights/price-quality";
import type { QualityMeasure } from "@/lib/domain/insights/quality-measure";
import { formatScore, formatUsd } from "@/lib/domain/format";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import { ACCESS_MARKER, AXIS_LABEL, AXIS_LINE, AXIS_TICK, GRID_PROPS } from "@/components/charts/chart-theme";
import { NotableLabels } from "@/components/charts/notable-labels";
import { ChartLegend } from "./chart-legend";
import { TooltipBox } from "./chart-tooltip";
import { FocusedPoint } from "./focused-point";
import { Marker } from "./marker";
import { PointLink } from "./point-link";

/** One measure's scatter, shaped on the server. */
export interface PriceQualityView {
  measure: QualityMeasure;
  byAccess: Record<AccessClass, PriceQualityPoint[]>;
  xScale: AxisScale;
  yScale: AxisScale;
  /** What the points say, in one sentence. */
  summary: string;
}

const describe = (p: PriceQualityPoint, benchmark: string) =>
  `${p.name} (${ACCESS_LABELS[p.access]}): ${formatUsd(p.usdPerMTok)} per 1M tokens${p.estimated ? " (estimate)" : ""}, ${benchmark} ${formatScore(p.score)}`;

function pointTooltip(benchmark: string) {
  return function PointTooltip({ active, payload }: TooltipContentProps) {
    const p = payload?.[0]?.payload as PriceQualityPoint | undefined;
    if (!active || !p) return null;
    return (
      <TooltipBox title={p.name}>
        <p>{ACCESS_LABELS[p.access]}</p>
        <p>{formatUsd(p.usdPerMTok)} per 1M tokens — {p.basis}</p>
        <p>{benchmark} {formatScore(p.score)}</p>
      </TooltipBox>
    );
  };
}

export function PriceQualityChart({ views }: { views: readonly PriceQualityView[] }) {
  const selectId = useId();
  const [measureId, setMeasureId] = useState(views[0]?.measure.id ?? "");
  const [focused, setFocused] = useState<string | null>(null);
  const view = views.find((v) => v.measure.id === measureId) ?? views[0];
  if (!view) return <p className="text-sm">No quality measure has scores for at least three priced models among the filtered models.</p>;
  const benchmark = view.measure.benchmark;
  const renderPoint = (access: AccessClass) =>
    function PricePoint(props: ScatterShapeProps) {
      const p = props.payload as PriceQualityPoint;
      if (props.cx === undefined || props.cy === undefined) return null;
      return (
        <PointLink href={`/models/${p.slug}`} label={describe(p, benchmark)} cx={props.cx} cy={props.cy} onFocus={() => setFocused(describe(p, benchmark))} onBlur={() => setFocused(null)}>
          <Marker cx={props.cx} cy={props.cy} shape={ACCESS_MARKER[access].shape} colour={ACCESS_MARKER[access].colour} hollow={p.estimated} />
        </PointLink>
      );
    };
  const labels = ACCESS_CLASSES.flatMap((a) => view.byAccess[a]).filter((p) => p.notable).map((p) => ({ key: p.slug, x: p.usdPerMTok, y: p.score, text: p.name }));
  return (
    <div className="flex h-full flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <label htmlFor={selectId} className="flex max-w-full flex-wrap items-center gap-x-1 text-sm font-medium">
          Quality measure{" "}
          <select id={selectId} value={view.measure.id} onChange={(e) => setMeasureId(e.currentTarget.value)} className="min-w-0 max-w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900">
            {views.map((v) => (
              <option key={v.measure.id} value={v.measure.id}>
                {v.measure.label} ({ACCESS_CLASSES.reduce((n, a) => n + v.byAccess[a].length, 0)} models)
              </option>
            ))}
          </select>
        </label>
        <ChartLegend
          items={[
            ...ACCESS_CLASSES.map((a) => ({ label: ACCESS_LABELS[a], colour: ACCESS_MARKER[a].colour, shape: ACCESS_MARKER[a].shape })),
            { label: "Hollow: estimated self-hosting cost", colour: "#71717a", shape: "circle" as const, hollow: true },
          ]}
        />
      </div>
      <p aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">{view.summary}</p>
      <div className="min-h-0 flex-1">
        <ScatterChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 16, bottom: 24, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis type="number" dataKey="usdPerMTok" name="Price" scale="log" domain={view.xScale.domain} ticks={view.xScale.ticks} allowDataOverflow tickFormatter={(v: number) => formatUsd(v)} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} label={{ value: "USD per 1M tokens, blended 3:1 (log scale)", position: "insideBottom", offset: -14, ...AXIS_LABEL }} />
          <YAxis type="number" dataKey="score" name={benchmark} domain={view.yScale.domain} ticks={view.yScale.ticks} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} width={44} label={{ value: "Score", angle: -90, position: "insideLeft", ...AXIS_LABEL }} />
          <Tooltip content={pointTooltip(benchmark)} cursor={{ strokeDasharray: "3 3", stroke: "currentColor", strokeOpacity: 0.4 }} />
          {ACCESS_CLASSES.map((a) => (
            <Scatter key={a} name={ACCESS_LABELS[a]} data={view.byAccess[a]} shape={renderPoint(a)} isAnimationActive={false} />
          ))}
          <NotableLabels labels={labels} points={ACCESS_CLASSES.flatMap((a) => view.byAccess[a]).map((p) => ({ x: p.usdPerMTok, y: p.score }))} />
        </ScatterChart>
      </div>
      <FocusedPoint text={focused} />
    </div>
  );
}
