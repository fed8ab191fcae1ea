"use client";
// The compared models' pros-and-cons scores overlaid on one radar. Rows arrive shaped by
// lib/domain (pros-cons-chart.ts); a missing score leaves a gap, never a zero.
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import { LEGEND_STYLE } from "@/components/charts/chart-theme";
import { seriesColour } from "@/lib/domain/palette";
import { type RadarRow, seriesKey } from "@/lib/domain/pros-cons-chart";

/** Axis labels wrap onto short lines so they fit a 375 px screen. */
function WrappedTick({ x, y, textAnchor, payload }: { x?: number | string; y?: number | string; textAnchor?: string; payload?: { value?: string | number } }) {
  const words = String(payload?.value ?? "").split(" ");
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + w).length <= 12) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return (
    <text x={x} y={y} textAnchor={textAnchor as "start" | "middle" | "end" | undefined} fill="currentColor" fontSize={11}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : "1.1em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Shapes as well as colours tell the series apart. */
const DOTS = ["circle", "square", "triangle", "diamond"] as const;

export function ProsConsRadar({ rows, names }: { rows: RadarRow[]; names: string[] }) {
  return (
    <RadarChart responsive style={{ width: "100%", height: "100%" }} data={rows} outerRadius="62%" margin={{ top: 8, right: 28, bottom: 8, left: 28 }}>
      <PolarGrid stroke="currentColor" strokeOpacity={0.25} />
      <PolarAngleAxis dataKey="axisLabel" tick={WrappedTick} />
      <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={70} tick={{ fill: "currentColor", fontSize: 10 }} axisLine={false} />
      {names.map((name, i) => (
        <Radar
          key={name}
          name={name}
          dataKey={seriesKey(i)}
          stroke={seriesColour(i)}
          strokeWidth={2}
          fill={seriesColour(i)}
          fillOpacity={0.12}
          dot={{ symbol: DOTS[i % DOTS.length], r: 4, fill: seriesColour(i) }}
          legendType={DOTS[i % DOTS.length]}
          isAnimationActive={false}
        />
      ))}
      <Tooltip
        formatter={(value) => (value === null || value === undefined ? "no data" : String(value))}
        contentStyle={{ background: "var(--tooltip-bg, #fff)", color: "#111", fontSize: 12 }}
      />
      <Legend wrapperStyle={LEGEND_STYLE} itemSorter={null} />
    </RadarChart>
  );
}
