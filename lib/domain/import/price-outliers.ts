// Prices that are probably not what they claim to be: a dataset can carry a
// price in another unit (per audio minute, per image) or a typo, and read as
// per-1M-token it would put the model first in every "cheapest" view. A
// listing far from the other listings of the same model is reported for a
// person to check; nothing is changed automatically.
import type { ImportedModel } from "@/lib/schemas/imported";
import { blendedUsdPerMTok } from "@/lib/domain/price";

/** How far from the median of the model's other listings a price may sit before it is reported. */
export const OUTLIER_FACTOR = 10;
/** The median needs this many paid listings (the one judged included) to mean anything. */
const MIN_LISTINGS = 3;

export interface PriceOutlier {
  slug: string;
  provider: string;
  file: string;
  blendedUsdPerMTok: number;
  /** The median of all the model's paid listings, this one included (so one wild price cannot move it far). */
  median: number;
}

/** Every paid host listing whose blended price is more than OUTLIER_FACTOR× below or above the median of the model's paid listings. */
export function priceOutliers(models: readonly ImportedModel[]): PriceOutlier[] {
  const listings = new Map<string, Array<{ provider: string; file: string; blended: number }>>();
  for (const m of models)
    for (const h of m.hosts ?? []) {
      if (h.inputUsdPerMTok === null || h.outputUsdPerMTok === null || h.lifecycle === "retired") continue;
      const blended = blendedUsdPerMTok(h.inputUsdPerMTok, h.outputUsdPerMTok);
      if (blended === 0) continue; // a free tier, handled where prices are used
      listings.set(m.slug, [...(listings.get(m.slug) ?? []), { provider: h.provider, file: h.file, blended }]);
    }
  const out: PriceOutlier[] = [];
  for (const [slug, list] of [...listings].sort(([a], [b]) => a.localeCompare(b))) {
    if (list.length < MIN_LISTINGS) continue;
    const median = medianOf(list.map((l) => l.blended));
    for (const l of list)
      if (l.blended * OUTLIER_FACTOR < median || l.blended > median * OUTLIER_FACTOR)
        out.push({ slug, provider: l.provider, file: l.file, blendedUsdPerMTok: l.blended, median });
  }
  return out;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
