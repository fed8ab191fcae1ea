// Human names for the openness components (the European Open Source AI
// Index's parameters) and their grades: the one source for the model page,
// the compare table and the insights heatmap.
import type { GRADES, OPENNESS_COMPONENTS } from "@/lib/schemas/catalogue";

export type OpennessComponent = (typeof OPENNESS_COMPONENTS)[number];
export type Grade = (typeof GRADES)[number];

export const OPENNESS_COMPONENT_LABELS: Record<OpennessComponent, string> = {
  "base-model-data": "Base model training data",
  "end-model-data": "End model (tuning) data",
  "base-model-weights": "Base model weights",
  "end-model-weights": "End model weights",
  "training-code": "Training code",
  "code-documentation": "Code documentation",
  "hardware-architecture": "Hardware architecture",
  preprint: "Preprint",
  paper: "Peer-reviewed paper",
  "model-card": "Model card",
  datasheet: "Datasheet",
  licence: "Licence",
};

export const GRADE_LABELS: Record<Grade, string> = { open: "Open", partial: "Partial", closed: "Closed", na: "Not applicable" };
