"use client";
// Names drawn beside a few points of a crowded chart (chosen by lib/domain),
// placed beside, above, below or diagonally off the point, whichever fits the
// plot area without covering another label or any marker; a name that fits
// nowhere is left out (its point keeps its tooltip and its table row).
// Rendered inside a Recharts chart (the axis scales are hooks there), in a
// layer above the markers.
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import { CHART_LABEL_FONT_SIZE } from "./chart-theme";

export interface NotableLabel {
  key: string;
  x: number;
  y: number;
  text: string;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
/** An average glyph is about 0.58 em wide in the UI's sans-serif. */
const textWidth = (text: string) => text.length * CHART_LABEL_FONT_SIZE * 0.58;
const GAP = 8;

export function NotableLabels({ labels, points }: { labels: readonly NotableLabel[]; /** Every marker (data coordinates): names never cover one. */ points: ReadonlyArray<{ x: number; y: number }> }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;
  const h = CHART_LABEL_FONT_SIZE + 2;
  const placed: Array<Box & { key: string; text: string; anchor: "start" | "end" | "middle"; tx: number; ty: number }> = [];
  // Markers are obstacles: a name must not cover any point.
  const markers: Box[] = [];
  for (const p of points) {
    const px = xScale(p.x);
    const py = yScale(p.y);
    if (px !== undefined && py !== undefined) markers.push({ x: px - 7, y: py - 7, w: 14, h: 14 });
  }
  for (const l of labels) {
    const px = xScale(l.x);
    const py = yScale(l.y);
    if (px === undefined || py === undefined) continue;
    const w = textWidth(l.text);
    const candidates = [
      { box: { x: px + GAP, y: py - h / 2, w, h }, anchor: "start" as const, tx: px + GAP, ty: py },
      { box: { x: px - GAP - w, y: py - h / 2, w, h }, anchor: "end" as const, tx: px - GAP, ty: py },
      { box: { x: px - w / 2, y: py - GAP - h, w, h }, anchor: "middle" as const, tx: px, ty: py - GAP - h / 2 },
      { box: { x: px - w / 2, y: py + GAP, w, h }, anchor: "middle" as const, tx: px, ty: py + GAP + h / 2 },
      { box: { x: px + GAP / 2, y: py - GAP - h, w, h }, anchor: "start" as const, tx: px + GAP / 2, ty: py - GAP - h / 2 },
      { box: { x: px + GAP / 2, y: py + GAP, w, h }, anchor: "start" as const, tx: px + GAP / 2, ty: py + GAP + h / 2 },
      { box: { x: px - GAP / 2 - w, y: py - GAP - h, w, h }, anchor: "end" as const, tx: px - GAP / 2, ty: py - GAP - h / 2 },
      { box: { x: px - GAP / 2 - w, y: py + GAP, w, h }, anchor: "end" as const, tx: px - GAP / 2, ty: py + GAP + h / 2 },
    ];
    const fits = candidates.find(
      ({ box }) =>
        box.x >= area.x &&
        box.x + box.w <= area.x + area.width &&
        box.y >= area.y &&
        box.y + box.h <= area.y + area.height &&
        !placed.some((p) => overlaps(p, box)) &&
        !markers.some((m) => overlaps(m, box)),
    );
    if (fits) placed.push({ ...fits.box, key: l.key, text: l.text, anchor: fits.anchor, tx: fits.tx, ty: fits.ty });
  }
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter + 10}>
      <g aria-hidden="true" className="pointer-events-none">
        {placed.map((p) => (
          <text
            key={p.key}
            x={p.tx}
            y={p.ty}
            textAnchor={p.anchor}
            dominantBaseline="central"
            fontSize={CHART_LABEL_FONT_SIZE}
            className="fill-zinc-900 stroke-white dark:fill-zinc-100 dark:stroke-zinc-950"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {p.text}
          </text>
        ))}
      </g>
    </ZIndexLayer>
  );
}
