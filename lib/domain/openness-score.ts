// Openness score: the share of applicable components that are open.
import type { GRADES } from "@/lib/schemas/catalogue";

export type Grade = (typeof GRADES)[number];

const GRADE_POINTS: Record<Exclude<Grade, "na">, number> = { open: 1, partial: 0.5, closed: 0 };

/**
 * open = 1, partial = 0.5, closed = 0, averaged over the components that
 * apply (not "na"), scaled to 0–100 and rounded to one decimal.
 * Returns null when no component applies: no evidence is not a zero.
 */
export function computeOpennessScore(grades: readonly Grade[]): number | null {
  const applicable = grades.filter((g): g is Exclude<Grade, "na"> => g !== "na");
  if (applicable.length === 0) return null;
  const points = applicable.reduce((sum, g) => sum + GRADE_POINTS[g], 0);
  return Math.round((points / applicable.length) * 1000) / 10;
}
