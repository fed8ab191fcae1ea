// The legend every insights chart uses: plain HTML, so it wraps on small
// screens, reads well in dark mode and is announced as a list.
import type { MarkerShape } from "@/components/charts/chart-theme";
import { Marker } from "./marker";

export type LegendItem =
  | { label: string; colour: string; shape: MarkerShape; hollow?: boolean }
  | { label: string; colour: string; line: "solid" | "dashed" };

export function ChartLegend({ items, label = "Legend" }: { items: readonly LegendItem[]; label?: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <svg width="22" height="14" aria-hidden="true" className="shrink-0 overflow-visible">
            {"line" in item ? (
              <line x1="1" y1="7" x2="21" y2="7" stroke={item.colour} strokeWidth="3" strokeDasharray={item.line === "dashed" ? "6 4" : undefined} />
            ) : (
              <Marker cx={11} cy={7} shape={item.shape} colour={item.colour} hollow={item.hollow} size={5} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
