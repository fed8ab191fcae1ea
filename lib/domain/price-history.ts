// A model's price is a series per provider, not a number: each recorded price
// holds from its effective date until that provider's next change. The last
// change has no end date, so it is the current price — unless the provider
// retired the listing, which ends the series.
import { blendedUsdPerMTok, isFreeTier } from "./price";

/** Epoch ms of an ISO day (UTC midnight). */
const dayTime = (isoDate: string) => Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);

export interface PriceRecord {
  provider: string;
  inputUsdPerMTok: number;
  outputUsdPerMTok: number;
  cachedInputUsdPerMTok?: number | null;
  /** ISO date the price took effect. */
  effectiveDate: string;
  lifecycle?: string | null;
}

export interface PriceInterval<T extends PriceRecord> {
  record: T;
  /** ISO date, inclusive. */
  from: string;
  /** ISO date the next change (or the retirement) took effect, exclusive; null: still in effect. */
  to: string | null;
}

/** Per provider, oldest first: when each recorded price held. A retired listing holds no price; it ends the one before it. */
export function priceIntervals<T extends PriceRecord>(prices: readonly T[]): Map<string, Array<PriceInterval<T>>> {
  const byProvider = new Map<string, T[]>();
  for (const p of prices) byProvider.set(p.provider, [...(byProvider.get(p.provider) ?? []), p]);
  const out = new Map<string, Array<PriceInterval<T>>>();
  for (const [provider, records] of byProvider) {
    // One record per day: two on the same day are one change, the later-listed one wins.
    const byDay = new Map<string, T>();
    for (const r of records) byDay.set(r.effectiveDate, r);
    const sorted = [...byDay.values()].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
    const intervals: Array<PriceInterval<T>> = [];
    sorted.forEach((record, i) => {
      if (record.lifecycle === "retired") return;
      intervals.push({ record, from: record.effectiveDate, to: sorted[i + 1]?.effectiveDate ?? null });
    });
    out.set(provider, intervals);
  }
  return out;
}

/** The day a provider retired its listing (its newest record says so), or null while it is served. */
export function retiredOn(prices: readonly PriceRecord[], provider: string): string | null {
  const newest = prices.filter((p) => p.provider === provider).sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate))[0];
  return newest?.lifecycle === "retired" ? newest.effectiveDate : null;
}

/** The cheapest paid price any of the intervals holds on `date` (free tiers are not a price), or null. */
export function cheapestOn<T extends PriceRecord>(intervals: ReadonlyArray<PriceInterval<T>>, date: string): { record: T; blended: number } | null {
  let best: { record: T; blended: number } | null = null;
  for (const iv of intervals) {
    if (iv.from > date || (iv.to !== null && iv.to <= date) || isFreeTier(iv.record)) continue;
    const blended = blendedUsdPerMTok(iv.record.inputUsdPerMTok, iv.record.outputUsdPerMTok);
    if (!best || blended < best.blended) best = { record: iv.record, blended };
  }
  return best;
}

export interface PricePoint {
  /** Epoch ms, for a time axis. */
  t: number;
  date: string;
  input: number;
  output: number;
  cachedInput: number | null;
}

export interface ProviderPriceSeries {
  provider: string;
  providerName: string;
  /** One point per recorded change, then the last price repeated on the day the series ends, so a step line draws it. */
  points: PricePoint[];
  /** Recorded prices (changes) for this provider. */
  changes: number;
  /** The newest price has no end date and is not retired. */
  current: boolean;
  retiredOn: string | null;
}

type ProviderRecord = PriceRecord & { providerName: string };

/**
 * Every provider's price as a step series ending on `until` (the day the
 * prices were last read) or on the day it was retired. Most changes first,
 * the maker's own API first among equals.
 */
export function providerPriceSeries(prices: readonly ProviderRecord[], until: string, maker: string | null = null): ProviderPriceSeries[] {
  const series: ProviderPriceSeries[] = [];
  for (const [provider, intervals] of priceIntervals(prices)) {
    const retired = retiredOn(prices, provider);
    const points: PricePoint[] = intervals.map(({ record: r, from }) => ({
      t: dayTime(from),
      date: from,
      input: r.inputUsdPerMTok,
      output: r.outputUsdPerMTok,
      cachedInput: r.cachedInputUsdPerMTok ?? null,
    }));
    const last = points.at(-1);
    const end = retired ?? until;
    if (last && end > last.date) points.push({ ...last, t: dayTime(end), date: end });
    series.push({
      provider,
      providerName: prices.find((p) => p.provider === provider)?.providerName ?? provider,
      points,
      changes: intervals.length,
      current: retired === null && intervals.length > 0 && intervals.at(-1)?.to === null,
      retiredOn: retired,
    });
  }
  return series.sort((a, b) => b.changes - a.changes || Number(b.provider === maker) - Number(a.provider === maker) || a.providerName.localeCompare(b.providerName));
}

/** Month-start ticks spanning [from, to] (epoch ms), every 1, 3, 6 or 12 months so there are at most `max`. */
export function monthTicks(from: number, to: number, max = 6): number[] {
  const start = new Date(from);
  const months = (new Date(to).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - start.getUTCMonth() + 1;
  const step = [1, 3, 6, 12, 24].find((s) => Math.ceil(months / s) <= max) ?? 24;
  const ticks: number[] = [];
  // First tick: the first month at or after `from` that sits on the step (January-aligned for 3, 6, 12).
  const y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  if (Date.UTC(y, m, 1) < from) m += 1;
  if (step > 1) m = Math.ceil(m / Math.min(step, 12)) * Math.min(step, 12);
  for (let t = Date.UTC(y, m, 1); t <= to; m += step, t = Date.UTC(y, m, 1)) ticks.push(t);
  return ticks;
}
