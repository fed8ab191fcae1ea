// Human labels for the catalogue's enumerations.
import type { AccessClass } from "./vocabulary";

export const ACCESS_LABELS: Record<AccessClass, string> = {
  "open-source": "Open source",
  "open-weights": "Open weights",
  closed: "Closed",
};

export const LICENCE_CATEGORY_LABELS: Record<string, string> = {
  permissive: "Permissive open source",
  copyleft: "Copyleft",
  "open-content": "Open content (CC)",
  rail: "Responsible AI (RAIL)",
  "custom-open-weights": "Custom open-weights",
  "non-commercial": "Non-commercial",
  proprietary: "Proprietary terms",
  unreviewed: "Not yet reviewed",
};

export const COMMERCIAL_USE_LABELS: Record<string, string> = {
  yes: "Yes",
  conditional: "With conditions",
  no: "No",
};

export const MODALITY_LABELS: Record<string, string> = {
  text: "Text",
  code: "Code",
  image: "Image",
  multimodal: "Multimodal",
  embeddings: "Embeddings",
};

export const WEIGHTS_ACCESS_LABELS: Record<string, string> = {
  open: "Open download",
  gated: "Gated download (registration or licence acceptance)",
  none: "Not released (API only)",
};

export const LIFECYCLE_LABELS: Record<"available" | "deprecated" | "retired", string> = {
  available: "Available",
  deprecated: "Deprecated (retirement announced)",
  retired: "Retired (no longer served)",
};

export const REVIEW_LABELS: Record<"reviewed" | "imported", string> = {
  reviewed: "Reviewed",
  imported: "Imported, not yet reviewed",
};

/** The catalogue filter's reading of commercial use: what a ticked box tests, not just "yes". */
export const COMMERCIAL_USE_FILTER_LABELS: Record<string, string> = {
  yes: "Allowed, no conditions",
  conditional: "Allowed with conditions (user caps, revenue, naming…)",
  no: "Not allowed",
};

export const CAPABILITY_LABELS: Record<"tool-calling" | "reasoning" | "structured-output" | "vision" | "audio", string> = {
  "tool-calling": "Tool calling",
  reasoning: "Reasoning mode",
  "structured-output": "Structured output",
  vision: "Vision (image input)",
  audio: "Audio input",
};

export const INPUT_MODALITY_LABELS: Record<"text" | "image" | "audio" | "video" | "pdf", string> = {
  text: "Text",
  image: "Image",
  audio: "Audio",
  video: "Video",
  pdf: "PDF",
};

/** The lifecycle filter's values: the catalogue's three, and "not known" (most models: no dataset says). */
export const LIFECYCLE_FILTER_LABELS: Record<string, string> = { ...LIFECYCLE_LABELS, unknown: "Not known" };
