// Human names for the openness components (European Open Source AI Index parameters).
export const OPENNESS_COMPONENT_LABELS: Record<string, string> = {
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
