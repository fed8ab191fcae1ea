// The catalogue's vocabulary without zod: patterns and enumerations that
// client components need. Importing lib/schemas/catalogue.ts would bring all
// of zod into the browser bundle for a few constants.

/** kebab-case; a dot only inside a version number ("gpt-3.5-turbo"). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:\.\d+)*(?:-[a-z0-9]+(?:\.\d+)*)*$/;
/** A calendar date as published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const PARTIAL_DATE_MESSAGE = "must be YYYY, YYYY-MM or YYYY-MM-DD";

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

/** The catalogue query's sort fields and page sizes. */
export const SORT_FIELDS = ["name", "releaseDate", "parameters", "price", "openness", "mmlu"] as const;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
