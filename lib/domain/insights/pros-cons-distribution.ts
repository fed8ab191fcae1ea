// The article's pros and cons checked against the data: for each dimension,
// the spread of the derived scores per access class, and whether open
// models (open source + open weights) score better or worse than closed.
import { ACCESS_CLASSES, type AccessClass } from "@/lib/schemas/vocabulary";
import type { GpuOption } from "../hardware";
import { PROS_CONS_DIMENSIONS, type ProsConsDimension } from "@/lib/schemas/vocabulary";
import { PROS_CONS_EXPLANATIONS, scoreProsCons, type ProsConsInput } from "../pros-cons";
import { summarize, type Distribution } from "./distribution";
import { isOpen } from "./insight-model";

/** Does the data agree with the article's claim for this dimension? */
export type Verdict = "supports" | "contradicts" | "tie" | "no-data";

export interface DimensionDistribution {
  dimension: ProsConsDimension;
  label: string;
  /** pro: the article says open models win here; con: it says they lose. */
  side: "pro" | "con";
  howScored: string;
  groups: Array<Distribution & { access: AccessClass }>;
  /** Medians of open models pooled (open source + open weights) and of closed ones. */
  openMedian: number | null;
  closedMedian: number | null;
  verdict: Verdict;
}

/** Open wins when its median is higher (every score is "higher is better for the user"). */
export function verdictFor(side: "pro" | "con", openMedian: number | null, closedMedian: number | null): Verdict {
  if (openMedian === null || closedMedian === null) return "no-data";
  if (openMedian === closedMedian) return "tie";
  const openWins = openMedian > closedMedian;
  return openWins === (side === "pro") ? "supports" : "contradicts";
}

/** Per-dimension distributions of the derived 0–100 scores, by access class. */
export function prosConsDistribution<M extends ProsConsInput & { access: AccessClass }>(
  models: readonly M[],
  gpus: readonly GpuOption[],
): DimensionDistribution[] {
  const scored = models.map((m) => ({ access: m.access, scores: scoreProsCons(m, { gpus }) }));
  return PROS_CONS_DIMENSIONS.map((dimension) => {
    const valuesOf = (keep: (a: AccessClass) => boolean) => scored.filter((s) => keep(s.access)).map((s) => s.scores[dimension].score);
    const openMedian = summarize(valuesOf(isOpen)).median;
    const closedMedian = summarize(valuesOf((a) => !isOpen(a))).median;
    const { label, side, howScored } = PROS_CONS_EXPLANATIONS[dimension];
    return {
      dimension,
      label,
      side,
      howScored,
      groups: ACCESS_CLASSES.map((access) => ({ access, ...summarize(valuesOf((a) => a === access)) })),
      openMedian,
      closedMedian,
      verdict: verdictFor(side, openMedian, closedMedian),
    };
  });
}

/** One chart row per dimension: each class's median as the bar, q1–q3 as [below, above] error deltas. */
export interface ProsConsRow {
  dimension: ProsConsDimension;
  label: string;
  /** The axis label: the dimension and what the article claims for open models. */
  axisLabel: string;
  side: "pro" | "con";
  groups: DimensionDistribution["groups"];
  median: Record<AccessClass, number | null>;
  spread: Record<AccessClass, [number, number] | null>;
}

/** Rows for a grouped bar chart with interquartile whiskers; empty groups draw nothing. */
export function prosConsRows(dimensions: readonly DimensionDistribution[]): ProsConsRow[] {
  return dimensions.map((d) => {
    const median = {} as Record<AccessClass, number | null>;
    const spread = {} as Record<AccessClass, [number, number] | null>;
    for (const g of d.groups) {
      median[g.access] = g.median;
      spread[g.access] = g.median === null || g.q1 === null || g.q3 === null ? null : [g.median - g.q1, g.q3 - g.median];
    }
    return { dimension: d.dimension, label: d.label, axisLabel: `${d.label} (${d.side})`, side: d.side, groups: d.groups, median, spread };
  });
}
