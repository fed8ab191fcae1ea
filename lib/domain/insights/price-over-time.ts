// How fast "open" gets cheap: the cheapest open and the cheapest closed model
// scoring at least a given level on one quality measure, day by day, from the
// price history (each provider's price holds until its next change; the last
// has no end date; retired listings and free tiers are not prices).
import { priceIntervals, cheapestOn, type PriceRecord } from "../price-history";
import { isOpen, timeOf, type InsightModel } from "./insight-model";
import { qualityMeasures, scoreOn, type QualityMeasure } from "./quality-measure";

export type PriceTimeModel = Pick<InsightModel, "slug" | "name" | "access" | "benchmarks"> & { prices: readonly PriceRecord[] };

export interface CheapestStep {
  /** Epoch ms. */
  t: number;
  date: string;
  open: number | null;
  openModel: string | null;
  closed: number | null;
  closedModel: string | null;
}

export interface CheapestAtLevel {
  /** Minimum score on the measure. */
  level: number;
  /** A step wherever either side's cheapest price changes, and the last day (`until`). */
  steps: CheapestStep[];
  /** Models at or above the level, per side, and how many of them have any recorded price. */
  models: { open: number; closed: number; openPriced: number; closedPriced: number };
  /** The first day a price is recorded for a model of that side at this level (open prices often start at a dataset's snapshot). */
  firstPriced: { open: string | null; closed: string | null };
}

export interface PriceOverTime {
  measure: QualityMeasure;
  /** The highest level both sides reach first, then lower ones. */
  levels: CheapestAtLevel[];
}

/** Blended USD per 1M tokens of the cheapest model of each side scoring ≥ `level`, as steps up to `until`. */
export function cheapestOverTime(models: readonly PriceTimeModel[], measure: QualityMeasure, level: number, until: string): CheapestAtLevel {
  const eligible = models
    .map((m) => ({ m, score: scoreOn(m, measure)?.score ?? null }))
    .filter((x): x is { m: PriceTimeModel; score: number } => x.score !== null && x.score >= level)
    .map(({ m }) => ({ m, open: isOpen(m.access), intervals: [...priceIntervals(m.prices).values()].flat() }));
  const days = new Set<string>([until]);
  for (const e of eligible)
    for (const iv of e.intervals) {
      days.add(iv.from);
      if (iv.to !== null) days.add(iv.to);
    }
  const steps: CheapestStep[] = [];
  for (const date of [...days].filter((d) => d <= until).sort()) {
    const best = { open: null as { usd: number; name: string } | null, closed: null as { usd: number; name: string } | null };
    for (const e of eligible) {
      const price = cheapestOn(e.intervals, date);
      if (!price) continue;
      const side = e.open ? "open" : "closed";
      const current = best[side];
      if (!current || price.blended < current.usd || (price.blended === current.usd && e.m.name < current.name)) best[side] = { usd: round4(price.blended), name: e.m.name };
    }
    const step: CheapestStep = { t: timeOf(date) ?? 0, date, open: best.open?.usd ?? null, openModel: best.open?.name ?? null, closed: best.closed?.usd ?? null, closedModel: best.closed?.name ?? null };
    const prev = steps.at(-1);
    const same = prev && prev.open === step.open && prev.openModel === step.openModel && prev.closed === step.closed && prev.closedModel === step.closedModel;
    // Unchanged days are dropped, except the last one, which carries the lines up to `until`.
    if (!same || date === until) steps.push(step);
  }
  const firstPriced = (open: boolean) => steps.find((s) => (open ? s.open : s.closed) !== null)?.date ?? null;
  const priced = (open: boolean) => eligible.filter((e) => e.open === open && e.intervals.length > 0).length;
  return {
    level,
    steps: steps.some((s) => s.open !== null || s.closed !== null) ? steps : [],
    models: { open: eligible.filter((e) => e.open).length, closed: eligible.filter((e) => !e.open).length, openPriced: priced(true), closedPriced: priced(false) },
    firstPriced: { open: firstPriced(true), closed: firstPriced(false) },
  };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const hasPaidPrice = (m: PriceTimeModel) => m.prices.some((p) => p.lifecycle !== "retired" && (p.inputUsdPerMTok > 0 || p.outputUsdPerMTok > 0));

/**
 * Quality levels worth asking about on a measure: the highest score both
 * sides reach among models with a recorded price, then 10 and 20 points lower.
 */
export function qualityLevels(models: readonly PriceTimeModel[], measure: QualityMeasure): number[] {
  const best = (open: boolean) => Math.max(...models.filter((m) => isOpen(m.access) === open && hasPaidPrice(m)).map((m) => scoreOn(m, measure)?.score ?? Number.NEGATIVE_INFINITY));
  const top = Math.min(best(true), best(false));
  if (!Number.isFinite(top)) return [];
  return [top, Math.floor(top / 10) * 10 - 10, Math.floor(top / 10) * 10 - 20].filter((l, i, all) => l >= 0 && (i === 0 || l < (all[0] as number)));
}

/** One series per measure on which both sides have a priced model, at each of its quality levels, the longest price record first; `until` is the last day drawn. */
export function priceOverTime(models: readonly PriceTimeModel[], until: string): PriceOverTime[] {
  const out: PriceOverTime[] = [];
  for (const measure of qualityMeasures(models)) {
    const levels = qualityLevels(models, measure).map((level) => cheapestOverTime(models, measure, level, until));
    if (levels.length > 0 && levels[0]?.steps.length) out.push({ measure, levels: levels.filter((l) => l.steps.length > 0) });
  }
  return out.sort((a, b) => (b.levels[0]?.steps.length ?? 0) - (a.levels[0]?.steps.length ?? 0));
}

/** The newest day any of the models' prices took effect: the day the lines are drawn up to. */
export function latestPriceDay(models: ReadonlyArray<{ prices: ReadonlyArray<{ effectiveDate: string; asOf?: string }> }>): string | null {
  let latest: string | null = null;
  for (const m of models) for (const p of m.prices) for (const d of [p.effectiveDate, p.asOf]) if (d && (!latest || d > latest)) latest = d;
  return latest;
}
