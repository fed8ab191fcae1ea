// Token prices: blending input and output, and picking current listings.

/** Blended USD per 1M tokens, weighting input 3:1 as typical chat traffic does. */
export function blendedUsdPerMTok(inputUsdPerMTok: number, outputUsdPerMTok: number): number {
  return (3 * inputUsdPerMTok + outputUsdPerMTok) / 4;
}

export interface PriceListing {
  provider: string;
  inputUsdPerMTok: number;
  outputUsdPerMTok: number;
  effectiveDate: string;
  /** A listing the provider has retired is history, never current. */
  lifecycle?: string | null;
}

/** The newest listing per provider, unless that provider retired it: each provider's current price. */
export function currentListings<T extends PriceListing>(history: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const p of history) {
    const seen = latest.get(p.provider);
    if (!seen || p.effectiveDate > seen.effectiveDate) latest.set(p.provider, p);
  }
  return [...latest.values()].filter((p) => p.lifecycle !== "retired");
}

/**
 * A listing at $0 in and out is a free or trial tier (rate-limited, not a
 * price anyone can run a product on): shown, never taken as the cheapest.
 */
export function isFreeTier(p: { inputUsdPerMTok: number; outputUsdPerMTok: number }): boolean {
  return p.inputUsdPerMTok === 0 && p.outputUsdPerMTok === 0;
}

/** The current paid listing with the lowest blended price, or null if none. */
export function cheapestCurrent<T extends PriceListing>(history: readonly T[]): T | null {
  let best: T | null = null;
  for (const p of currentListings(history)) {
    if (isFreeTier(p)) continue;
    if (!best || blendedUsdPerMTok(p.inputUsdPerMTok, p.outputUsdPerMTok) < blendedUsdPerMTok(best.inputUsdPerMTok, best.outputUsdPerMTok))
      best = p;
  }
  return best;
}
