// Colours for charts: the Okabe–Ito palette, distinguishable with the
// common forms of colour blindness and legible on light and dark grounds.
import type { AccessClass } from "@/lib/schemas/vocabulary";

export const ACCESS_COLOURS: Record<AccessClass, string> = {
  "open-source": "#009E73",
  "open-weights": "#E69F00",
  closed: "#56B4E9",
};

/** For series that are not access classes (e.g. the models in a comparison). */
export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? "#0072B2";
}
