// Blended price per 1M tokens against a quality measure (one benchmark in one
// setting; see quality-measure.ts). Listed API prices are facts; models with
// no listing that you can run yourself are placed at an estimated
// self-hosting cost and marked as estimates.
import type { AccessClass } from "@/lib/schemas/vocabulary";
import type { InsightModel, Unplotted } from "./insight-model";
import { notableValuePoints } from "./notable-points";
import { qualityMeasures, scoreOn, type QualityMeasure } from "./quality-measure";

type PriceModel = Pick<InsightModel, "slug" | "name" | "access" | "price" | "selfHostable" | "benchmarks">;

/** A self-hosting cost estimate for a model, or null when none can be made. */
export type SelfHostEstimator<M> = (model: M) => { usdPerMTok: number; note: string } | null;

/** A measure needs this many placed models before it is offered as a chart. */
export const MIN_POINTS = 3;
/** Names drawn beside points, per chart. */
export const MAX_LABELS = 8;

export interface PriceQualityPoint {
  slug: string;
  name: string;
  access: AccessClass;
  usdPerMTok: number;
  score: number;
  /** true: an estimated self-hosting cost, not a listed price. */
  estimated: boolean;
  /** Where the price comes from, in words. */
  basis: string;
  /** Drawn with its name (best per side, or on the price/quality frontier). */
  notable: boolean;
}

export interface PriceQualitySeries {
  measure: QualityMeasure;
  /** Cheapest first. */
  points: PriceQualityPoint[];
}

export interface PriceQuality {
  /** One scatter per measure with at least MIN_POINTS placed models, most placed first. */
  series: PriceQualitySeries[];
  /** Models no offered measure can place, and why. */
  unplotted: Unplotted[];
}

/** Price and quality for every measure the models can be placed on; log-scale safe (every price > 0). */
export function priceQuality<M extends PriceModel>(models: readonly M[], estimate: SelfHostEstimator<M>): PriceQuality {
  const priced = new Map<string, { usdPerMTok: number; estimated: boolean; basis: string } | string>();
  for (const m of models) {
    const listed = m.price?.blendedUsdPerMTok ?? null;
    if (listed !== null && listed > 0) {
      priced.set(m.slug, { usdPerMTok: listed, estimated: false, basis: "cheapest current API listing" });
      continue;
    }
    const est = m.selfHostable ? estimate(m) : null;
    if (est && Number.isFinite(est.usdPerMTok) && est.usdPerMTok > 0) priced.set(m.slug, { usdPerMTok: est.usdPerMTok, estimated: true, basis: est.note });
    else priced.set(m.slug, m.selfHostable ? "no price listed and no self-hosting estimate" : "no price listed");
  }

  const series: PriceQualitySeries[] = [];
  const placed = new Set<string>();
  for (const measure of qualityMeasures(models)) {
    const points: PriceQualityPoint[] = [];
    for (const m of models) {
      const s = scoreOn(m, measure);
      const price = priced.get(m.slug);
      if (!s || price === undefined || typeof price === "string") continue;
      points.push({ slug: m.slug, name: m.name, access: m.access, score: s.score, ...price, notable: false });
    }
    if (points.length < MIN_POINTS) continue;
    const notable = notableValuePoints(points, MAX_LABELS);
    for (const p of points) {
      p.notable = notable.has(p.slug);
      placed.add(p.slug);
    }
    points.sort((a, b) => a.usdPerMTok - b.usdPerMTok || a.name.localeCompare(b.name));
    series.push({ measure, points });
  }
  series.sort((a, b) => b.points.length - a.points.length || a.measure.label.localeCompare(b.measure.label));

  const unplotted: Unplotted[] = [];
  for (const m of models) {
    if (placed.has(m.slug)) continue;
    const price = priced.get(m.slug);
    const reason =
      m.benchmarks.length === 0
        ? "no benchmark score in the catalogue"
        : typeof price === "string"
          ? price
          : `its scores are on measures fewer than ${MIN_POINTS} priced models share`;
    unplotted.push({ slug: m.slug, name: m.name, access: m.access, reason });
  }
  unplotted.sort((a, b) => a.name.localeCompare(b.name));
  return { series, unplotted };
}
