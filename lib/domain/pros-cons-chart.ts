// Shapes pros-and-cons scores for the radar and its table: one row per dimension, one key per model.
import { PROS_CONS_DIMENSIONS, type ProsConsDimension } from "@/lib/schemas/vocabulary";
import { type DimensionScore, PROS_CONS_EXPLANATIONS } from "./pros-cons";

export interface RadarRow {
  dimension: ProsConsDimension;
  /** Axis label; cons are marked so the reader knows the axis was turned round (higher = better). */
  axisLabel: string;
  side: "pro" | "con";
  /** Keys m0…m3 in model order (slugs may contain dots, which chart libraries read as paths). */
  [seriesKey: `m${number}`]: number | null;
}

export const seriesKey = (index: number): `m${number}` => `m${index}`;

/** Radar rows plus, per dimension, the models with no data (marked on the page, never drawn as 0). */
export function prosConsRadar(models: ReadonlyArray<{ name: string; scores: Record<ProsConsDimension, DimensionScore> }>): {
  rows: RadarRow[];
  noData: Array<{ dimension: ProsConsDimension; label: string; modelNames: string[] }>;
} {
  const rows = PROS_CONS_DIMENSIONS.map((dimension) => {
    const e = PROS_CONS_EXPLANATIONS[dimension];
    const row: RadarRow = { dimension, axisLabel: e.side === "con" ? `${e.label} (con)` : e.label, side: e.side };
    models.forEach((m, i) => (row[seriesKey(i)] = m.scores[dimension].score));
    return row;
  });
  const noData = PROS_CONS_DIMENSIONS.flatMap((dimension) => {
    const modelNames = models.filter((m) => m.scores[dimension].score === null).map((m) => m.name);
    return modelNames.length ? [{ dimension, label: PROS_CONS_EXPLANATIONS[dimension].label, modelNames }] : [];
  });
  return { rows, noData };
}
