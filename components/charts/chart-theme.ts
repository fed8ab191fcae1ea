// The one chart theme (insights and compare charts): text and grid follow
// the surrounding text colour (currentColor), so they work in dark mode.
import type { AccessClass } from "@/lib/schemas/vocabulary";
import { ACCESS_COLOURS } from "@/lib/domain/palette";

export const AXIS_TICK = { fill: "currentColor", fontSize: 12 } as const;
export const AXIS_LINE = { stroke: "currentColor", strokeOpacity: 0.5 } as const;
export const GRID_PROPS = { stroke: "currentColor", strokeOpacity: 0.15 } as const;
/** Axis titles; spread into a label with its value and position. */
export const AXIS_LABEL = { fill: "currentColor", fontSize: 12 } as const;
/** Labels on reference lines ("your volume", "break-even"). */
export const REFERENCE_LABEL = { fill: "currentColor", fontSize: 11 } as const;
/** Tooltips sit on a light card in both themes. */
export const TOOLTIP_STYLE = { color: "#111", fontSize: 12 } as const;
export const LEGEND_STYLE = { fontSize: 12 } as const;
/** Names drawn beside notable points. */
export const CHART_LABEL_FONT_SIZE = 11;

/** Colour and marker shape per access class: shape carries the meaning too, for colour-blind readers and print. */
export const ACCESS_MARKER: Record<AccessClass, { colour: string; shape: MarkerShape }> = {
  "open-source": { colour: ACCESS_COLOURS["open-source"], shape: "circle" },
  "open-weights": { colour: ACCESS_COLOURS["open-weights"], shape: "diamond" },
  closed: { colour: ACCESS_COLOURS.closed, shape: "square" },
};

export type MarkerShape = "circle" | "diamond" | "square";

/** Step lines: open solid, closed dashed, so they differ without colour. */
export const LINE_DASH: Record<"open" | "closed", string | undefined> = { open: undefined, closed: "6 4" };
