// One data marker, drawn as SVG: shape and colour by access class; hollow
// for estimates. The outline follows the text colour for contrast.
import type { MarkerShape } from "@/components/charts/chart-theme";

export function Marker({ cx, cy, shape, colour, hollow = false, size = 6 }: { cx: number; cy: number; shape: MarkerShape; colour: string; hollow?: boolean; size?: number }) {
  const common = {
    fill: hollow ? "none" : colour,
    stroke: hollow ? colour : "currentColor",
    strokeWidth: hollow ? 2 : 0.75,
    strokeOpacity: hollow ? 1 : 0.6,
  };
  if (shape === "circle") return <circle cx={cx} cy={cy} r={size} {...common} />;
  if (shape === "square") return <rect x={cx - size * 0.9} y={cy - size * 0.9} width={size * 1.8} height={size * 1.8} {...common} />;
  const d = size * 1.25;
  return <polygon points={`${cx},${cy - d} ${cx + d},${cy} ${cx},${cy + d} ${cx - d},${cy}`} {...common} />;
}
