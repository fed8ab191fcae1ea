// The numbers the insights captions state, computed here so captions only
// put them into words.
import { ACCESS_CLASSES, type AccessClass } from "@/lib/schemas/vocabulary";
import { summarize } from "./distribution";
import { isOpen } from "./insight-model";
import type { LicenceLandscape } from "./licence-landscape";
import type { OpennessHeatmap } from "./openness-heatmap";
import type { PriceQualityPoint } from "./price-quality";
import type { DimensionDistribution, Verdict } from "./pros-cons-distribution";
import { SIZE_UNDISCLOSED, type SizeOverTime } from "./size-over-time";

/** Dimension labels grouped by whether the data supports the article's claim. */
export function verdictTally(dimensions: readonly DimensionDistribution[]): Record<Verdict, string[]> {
  const tally: Record<Verdict, string[]> = { supports: [], contradicts: [], tie: [], "no-data": [] };
  for (const d of dimensions) tally[d.verdict].push(d.label);
  return tally;
}

/** The cheapest open and the cheapest closed point scoring at least `minScore`, or null per side. */
export function cheapestAtQuality(points: readonly PriceQualityPoint[], minScore: number): { open: PriceQualityPoint | null; closed: PriceQualityPoint | null } {
  const cheapest = (keep: (p: PriceQualityPoint) => boolean) =>
    points.filter((p) => p.score >= minScore && keep(p)).reduce<PriceQualityPoint | null>((best, p) => (!best || p.usdPerMTok < best.usdPerMTok ? p : best), null);
  return { open: cheapest((p) => isOpen(p.access)), closed: cheapest((p) => !isOpen(p.access)) };
}

/** The highest score both open and closed points reach (the lower of the two sides' best), or null when a side has none. */
export function levelBothReach(points: readonly PriceQualityPoint[]): number | null {
  const best = (open: boolean) => Math.max(...points.filter((p) => isOpen(p.access) === open).map((p) => p.score));
  const level = Math.min(best(true), best(false));
  return Number.isFinite(level) ? level : null;
}

/** Per access class: models plotted on the size chart and models whose size is undisclosed. */
export function sizeDisclosure(size: SizeOverTime): Record<AccessClass, { plotted: number; undisclosed: number }> {
  const out = Object.fromEntries(ACCESS_CLASSES.map((a) => [a, { plotted: 0, undisclosed: 0 }])) as Record<AccessClass, { plotted: number; undisclosed: number }>;
  for (const p of size.points) out[p.access].plotted++;
  for (const u of size.unplotted) if (u.reason.includes(SIZE_UNDISCLOSED)) out[u.access].undisclosed++;
  return out;
}

/** Median openness score per access class (null for an empty class). */
export function medianOpenness(heatmap: OpennessHeatmap): Record<AccessClass, number | null> {
  return Object.fromEntries(
    ACCESS_CLASSES.map((a) => [a, summarize(heatmap.rows.filter((r) => r.access === a).map((r) => r.score)).median]),
  ) as Record<AccessClass, number | null>;
}

/** Models of one access class whose licence allows commercial use only conditionally or not at all. */
export function commercialUseRestricted(landscape: LicenceLandscape, access: AccessClass): { restricted: number; total: number } {
  let restricted = 0;
  let total = 0;
  for (const b of landscape.byCommercialUse) {
    total += b[access];
    if (b.key !== "yes") restricted += b[access];
  }
  return { restricted, total };
}
