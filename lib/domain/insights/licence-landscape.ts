// How many models sit under each licence category and each commercial-use
// answer, split by access class.
import { ACCESS_CLASSES, type AccessClass } from "@/lib/schemas/vocabulary";
import { COMMERCIAL_USE_LABELS, LICENCE_CATEGORY_LABELS } from "@/lib/schemas/labels";
import type { CommercialUse, LicenceCategory } from "./labels";
import type { InsightModel } from "./insight-model";

type LicenceModel = Pick<InsightModel, "access" | "licence">;

/** One bar: a category and its model count per access class. */
export type LandscapeBar<K extends string> = { key: K; label: string; total: number } & Record<AccessClass, number>;

/** Models whose value is outside the known vocabulary are counted under "unknown", not dropped. */
export const UNKNOWN_KEY = "unknown";

export interface LicenceLandscape {
  byCategory: LandscapeBar<LicenceCategory | typeof UNKNOWN_KEY>[];
  byCommercialUse: LandscapeBar<CommercialUse | typeof UNKNOWN_KEY>[];
}

/** Counts per key and access class, in `keys` order, then "unknown"; keys with no model are left out. */
export function countByAccess<K extends string>(
  models: readonly LicenceModel[],
  keys: readonly K[],
  labels: Readonly<Record<string, string>>,
  keyOf: (m: LicenceModel) => string | null | undefined,
): LandscapeBar<K | typeof UNKNOWN_KEY>[] {
  const bar = (key: K | typeof UNKNOWN_KEY, label: string) => ({ key, label, total: 0, ...zeroes() });
  const known = new Map(keys.map((key) => [key as string, bar(key, labels[key] ?? key)]));
  const unknown = bar(UNKNOWN_KEY, "Unknown");
  for (const m of models) {
    const target = known.get(keyOf(m) ?? "") ?? unknown;
    target[m.access]++;
    target.total++;
  }
  return [...known.values(), unknown].filter((b) => b.total > 0);
}

/** The licence landscape of the given models. */
export function licenceLandscape(
  models: readonly LicenceModel[],
  categories: readonly LicenceCategory[],
  commercialUse: readonly CommercialUse[],
): LicenceLandscape {
  return {
    byCategory: countByAccess(models, categories, LICENCE_CATEGORY_LABELS, (m) => m.licence.category),
    byCommercialUse: countByAccess(models, commercialUse, COMMERCIAL_USE_LABELS, (m) => m.licence.commercialUse),
  };
}

function zeroes(): Record<AccessClass, number> {
  return Object.fromEntries(ACCESS_CLASSES.map((a) => [a, 0])) as Record<AccessClass, number>;
}
