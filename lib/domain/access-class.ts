// The access class is derived from facts, never typed by hand.
import type { COMMERCIAL_USE, LICENCE_CATEGORIES, WEIGHTS_ACCESS } from "@/lib/schemas/catalogue";
import type { AccessClass } from "@/lib/schemas/vocabulary";

export interface AccessFacts {
  /** null when unknown: treated as not released, the cautious reading. */
  weightsAccess: (typeof WEIGHTS_ACCESS)[number] | null;
  licence: {
    category: (typeof LICENCE_CATEGORIES)[number];
    osiApproved: boolean;
    /** null: the licence's terms are unreviewed. */
    commercialUse: (typeof COMMERCIAL_USE)[number] | null;
    useRestrictions: boolean | null;
  };
}

/**
 * open-source: weights downloadable (a registration gate alone does not
 * count against it) under an OSI-approved or open-content licence with no
 * use-based restrictions and unconditional commercial use.
 * open-weights: weights downloadable, anything less than that.
 * closed: weights not released.
 * An unknown restriction (null) is never read as "no restriction".
 */
export function deriveAccessClass({ weightsAccess, licence }: AccessFacts): AccessClass {
  if (weightsAccess === null || weightsAccess === "none") return "closed";
  const openLicence = licence.osiApproved || licence.category === "open-content";
  const unrestricted = licence.useRestrictions === false && licence.commercialUse === "yes";
  return openLicence && unrestricted ? "open-source" : "open-weights";
}
