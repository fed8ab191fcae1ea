// Median and spread of a group of scores. Unknown values (null, NaN) are
// counted apart, never folded in as zeros.

export interface Distribution {
  /** Values that were known and summarised. */
  n: number;
  /** Values that were unknown and left out. */
  unknown: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of sorted values by linear interpolation
 * between closest ranks (Hyndman & Fan type 7, the default of R, NumPy
 * and spreadsheets' QUARTILE.INC), so results match what readers can check.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

/** Five-number summary of the known values; all null for an empty group. */
export function summarize(values: readonly (number | null | undefined)[]): Distribution {
  const known = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  return {
    n: known.length,
    unknown: values.length - known.length,
    min: known[0] ?? null,
    q1: quantile(known, 0.25),
    median: quantile(known, 0.5),
    q3: quantile(known, 0.75),
    max: known[known.length - 1] ?? null,
  };
}
