// What the insights read from a model: a structural subset of the API's
// ModelDetail, so each aggregation can be tested with small literals.
import type { AccessClass } from "@/lib/schemas/vocabulary";
import type { DatePrecision } from "../dates";
import type { PriceRecord } from "../price-history";
import type { CommercialUse, Grade, LicenceCategory, OpennessComponent } from "./labels";

export interface InsightModel {
  slug: string;
  name: string;
  access: AccessClass;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  releaseDate: string | null;
  releaseDatePrecision: DatePrecision;
  /** Total parameters; null when undisclosed. */
  parameters: number | null;
  activeParameters: number | null;
  licence: { slug: string; name: string; category: LicenceCategory; commercialUse: CommercialUse | null };
  /** The cheapest current listing; null when no provider lists a price. */
  price: { blendedUsdPerMTok: number } | null;
  /** Every recorded price, per provider (see lib/domain/price-history.ts). */
  prices: ReadonlyArray<PriceRecord & { asOf?: string }>;
  /** Providers with a current listing (the maker's API and hosts). */
  hostCount: number;
  selfHostable: boolean | null;
  openness: {
    score: number | null;
    components: ReadonlyArray<{ component: OpennessComponent; grade: Grade; evidenceUrl: string; note: string | null }>;
  };
  benchmarks: ReadonlyArray<{ name: string; setting: string | null; score: number; publishedOn: string; sourceUrl: string }>;
}

/** A model left out of a chart, and why: listed beside the chart, never plotted as zero. */
export interface Unplotted {
  slug: string;
  name: string;
  access: AccessClass;
  reason: string;
}

/** Epoch milliseconds of an ISO date, or null when unknown or malformed. */
export function timeOf(isoDate: string | null): number | null {
  if (isoDate === null) return null;
  const t = Date.parse(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return Number.isFinite(t) ? t : null;
}

export const isOpen = (access: AccessClass) => access !== "closed";

/** Items split into one series per access class (every class present, possibly empty). */
export function splitByAccess<T extends { access: AccessClass }>(items: readonly T[]): Record<AccessClass, T[]> {
  const out: Record<AccessClass, T[]> = { "open-source": [], "open-weights": [], closed: [] };
  for (const item of items) out[item.access].push(item);
  return out;
}
