// Names for the openness components and grades, and the enum types the
// insights use. Access, licence-category and commercial-use labels live in
// ../labels.ts, shared with the catalogue.
import type { COMMERCIAL_USE, GRADES, LICENCE_CATEGORIES, OPENNESS_COMPONENTS } from "@/lib/schemas/catalogue";

export type LicenceCategory = (typeof LICENCE_CATEGORIES)[number];
export type CommercialUse = (typeof COMMERCIAL_USE)[number];
export type OpennessComponent = (typeof OPENNESS_COMPONENTS)[number];
export type Grade = (typeof GRADES)[number];

export const COMPONENT_LABELS: Record<OpennessComponent, string> = {
  "base-model-data": "Base model data",
  "end-model-data": "End model data",
  "base-model-weights": "Base model weights",
  "end-model-weights": "End model weights",
  "training-code": "Training code",
  "code-documentation": "Code documentation",
  "hardware-architecture": "Hardware architecture",
  preprint: "Preprint",
  paper: "Paper",
  "model-card": "Model card",
  datasheet: "Datasheet",
  licence: "Licence",
};

export const GRADE_LABELS: Record<Grade, string> = { open: "Open", partial: "Partial", closed: "Closed", na: "Not applicable" };
