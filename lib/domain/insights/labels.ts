// The enum types the insights use. Labels live in ../labels.ts (access,
// licence category, commercial use) and ../openness-labels.ts (openness
// components and grades), shared with the catalogue, model and compare pages.
import type { COMMERCIAL_USE, LICENCE_CATEGORIES } from "@/lib/schemas/catalogue";

export type { Grade, OpennessComponent } from "../openness-labels";
export type LicenceCategory = (typeof LICENCE_CATEGORIES)[number];
export type CommercialUse = (typeof COMMERCIAL_USE)[number];
