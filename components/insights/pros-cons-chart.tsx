"use client";
// The article's dimensions: median derived score per access class, with
// the interquartile range as whiskers. Rows arrive shaped by lib/domain.
import { Bar, BarChart, CartesianGrid, ErrorBar, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import type { ProsConsRow } from "@/lib/domain/insights/pros-cons-distribution";
import { formatScore } from "@/lib/domain/format";
import { ACCESS_MARKER, AXIS_LABEL, AXIS_LINE, AXIS_TICK, GRID_PROPS } from "@/components/charts/chart-theme";
import { ChartLegend } from "./chart-legend";
import { TooltipBox } from "./chart-tooltip";

function RowTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as ProsConsRow | undefined;
  if (!active || !row) return null;
  return (
    <TooltipBox title={`${row.label} — the essay says open models ${row.side === "pro" ? "win" : "lose"}`}>
      {row.groups.map((g) => (
        <p key={g.access}>
          {ACCESS_LABELS[g.access]}:{" "}
          {g.n === 0 ? "no scores" : `median ${formatScore(g.median, 0)} (middle half ${formatScore(g.q1, 0)}–${formatScore(g.q3, 0)}), n = ${g.n}`}
          {g.unknown > 0 && `, ${g.unknown} unknown`}
        </p>
      ))}
    </TooltipBox>
  );
}

export function ProsConsChart({ rows }: { rows: readonly ProsConsRow[] }) {
  return (
    <div className="flex h-full flex-col gap-2">
      <ChartLegend
        items={[
          ...ACCESS_CLASSES.map((a) => ({ label: `${ACCESS_LABELS[a]}: median`, colour: ACCESS_MARKER[a].colour, shape: "square" as const })),
          { label: "Whisker: middle half of models", colour: "currentColor", line: "solid" as const },
        ]}
      />
      <div className="min-h-0 flex-1">
        <BarChart responsive style={{ width: "100%", height: "100%" }} data={[...rows]} layout="vertical" margin={{ top: 4, right: 16, bottom: 16, left: 4 }} barCategoryGap="18%">
          <CartesianGrid {...GRID_PROPS} horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} label={{ value: "Score (0–100)", position: "insideBottom", offset: -10, ...AXIS_LABEL }} />
          <YAxis type="category" dataKey="axisLabel" width={150} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} interval={0} />
          <Tooltip content={RowTooltip} cursor={{ fill: "currentColor", fillOpacity: 0.06 }} />
          {ACCESS_CLASSES.map((a) => (
            <Bar key={a} name={ACCESS_LABELS[a]} dataKey={(r: ProsConsRow) => r.median[a]} fill={ACCESS_MARKER[a].colour} isAnimationActive={false}>
              <ErrorBar dataKey={(r: ProsConsRow) => r.spread[a] ?? 0} width={4} stroke="currentColor" strokeWidth={1.5} direction="x" />
            </Bar>
          ))}
        </BarChart>
      </div>
    </div>
  );
}
