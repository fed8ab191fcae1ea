// Blended price per 1M tokens against MMLU. Listed API prices are facts;
// models with no listing that you can run yourself are placed at an
// estimated self-hosting cost and marked as estimates.
import type { AccessClass } from "@/lib/schemas/vocabulary";
import type { InsightModel, Unplotted } from "./insight-model";

type PriceModel = Pick<InsightModel, "slug" | "name" | "access" | "price" | "mmlu" | "selfHostable">;

/** A self-hosting cost estimate for a model, or null when none can be made. */
export type SelfHostEstimator<M> = (model: M) => { usdPerMTok: number; note: string } | null;

export interface PriceQualityPoint {
  slug: string;
  name: string;
  access: AccessClass;
  usdPerMTok: number;
  mmlu: number;
  /** true: an estimated self-hosting cost, not a listed price. */
  estimated: boolean;
  /** Where the price comes from, in words. */
  basis: string;
}

export interface PriceQuality {
  points: PriceQualityPoint[];
  unplotted: Unplotted[];
}

/** Points for the price-vs-quality scatter; log-scale safe (every price > 0). */
export function priceQuality<M extends PriceModel>(models: readonly M[], estimate: SelfHostEstimator<M>): PriceQuality {
  const points: PriceQualityPoint[] = [];
  const unplotted: Unplotted[] = [];
  for (const m of models) {
    const skip = (reason: string) => unplotted.push({ slug: m.slug, name: m.name, access: m.access, reason });
    if (m.mmlu === null) {
      skip("no MMLU score");
      continue;
    }
    const listed = m.price?.blendedUsdPerMTok ?? null;
    if (listed !== null && listed > 0) {
      points.push({ slug: m.slug, name: m.name, access: m.access, usdPerMTok: listed, mmlu: m.mmlu, estimated: false, basis: "cheapest current API listing" });
      continue;
    }
    const est = m.selfHostable ? estimate(m) : null;
    if (est && Number.isFinite(est.usdPerMTok) && est.usdPerMTok > 0) {
      points.push({ slug: m.slug, name: m.name, access: m.access, usdPerMTok: est.usdPerMTok, mmlu: m.mmlu, estimated: true, basis: est.note });
      continue;
    }
    skip(m.selfHostable ? "no price listed and no self-hosting estimate" : "no price listed");
  }
  points.sort((a, b) => a.usdPerMTok - b.usdPerMTok || a.name.localeCompare(b.name));
  unplotted.sort((a, b) => a.name.localeCompare(b.name));
  return { points, unplotted };
}
