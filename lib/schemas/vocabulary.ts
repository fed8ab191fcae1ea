// The catalogue's vocabulary without zod: patterns and enumerations that
// schemas, lib/domain and client components share. Importing
// lib/schemas/catalogue.ts would bring all of zod into the browser bundle
// for a few constants.

/** kebab-case; a dot only inside a version number ("gpt-3.5-turbo"). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:\.\d+)*(?:-[a-z0-9]+(?:\.\d+)*)*$/;
/** A calendar date as published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const PARTIAL_DATE_MESSAGE = "must be YYYY, YYYY-MM or YYYY-MM-DD";
/** A month as published (a knowledge cut-off): `YYYY` or `YYYY-MM`. */
export const PARTIAL_MONTH_PATTERN = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
export const PARTIAL_MONTH_MESSAGE = "must be YYYY or YYYY-MM";

/** Derived from facts, never typed by hand (lib/domain/access-class.ts). */
export const ACCESS_CLASSES = ["open-source", "open-weights", "closed"] as const;
export type AccessClass = (typeof ACCESS_CLASSES)[number];

export const MODALITIES = ["text", "code", "image", "multimodal", "embeddings"] as const;
export const LICENCE_CATEGORIES = [
  "permissive",
  "copyleft",
  "open-content",
  "rail",
  "custom-open-weights",
  "non-commercial",
  "proprietary",
  /** Terms not yet reviewed (imported models): never read as open, never as closed. */
  "unreviewed",
] as const;
export const COMMERCIAL_USE = ["yes", "conditional", "no"] as const;

/** The article's pros and cons of open models (scored in lib/domain/pros-cons.ts). */
export const PROS_CONS_DIMENSIONS = [
  "cost",
  "control",
  "data-security",
  "transparency",
  "latency",
  "access",
  "expertise",
  "performance",
  "misuse-risk",
] as const;
export type ProsConsDimension = (typeof PROS_CONS_DIMENSIONS)[number];

/** How many models the compare page sets side by side. */
export const MIN_COMPARE_MODELS = 2;
export const MAX_COMPARE_MODELS = 4;

/** The catalogue query's page sizes (its sorts are in catalogue-filters.ts). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Whether a person reviewed a model's file, or every fact is from datasets. */
export const REVIEW_STATES = ["reviewed", "imported"] as const;
/** Served now, retirement announced, or no longer served. */
export const LIFECYCLE = ["available", "deprecated", "retired"] as const;
/** What a model accepts as input. */
export const INPUT_MODALITIES = ["text", "image", "audio", "video", "pdf"] as const;
/**
 * The catalogue's capability filter: each a fact a model carries (tool
 * calling, a reasoning mode, structured output) or an input it accepts
 * (vision: images; audio). Kebab-case, as URL values are.
 */
export const CAPABILITIES = ["tool-calling", "reasoning", "structured-output", "vision", "audio"] as const;
export type Capability = (typeof CAPABILITIES)[number];

/**
 * What a catalogue load can record in the change feed (/api/changes, /feed.xml).
 * The first load into an empty database is one "catalogue-created" entry, not
 * one "model-added" per model.
 */
export const CHANGE_KINDS = [
  "catalogue-created",
  "model-added",
  "model-removed",
  "model-retired",
  "price-changed",
  "licence-changed",
  "access-changed",
  "openness-regraded",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
