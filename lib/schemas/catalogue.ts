// Strict schemas for the reviewed catalogue files under prisma/catalogue/.
// Unknown keys are rejected everywhere; a null fact must say why it is null.
import { z } from "zod";
import { COMMERCIAL_USE, INPUT_MODALITIES, LIFECYCLE, LICENCE_CATEGORIES, MODALITIES, PARTIAL_DATE_MESSAGE, PARTIAL_DATE_PATTERN, PARTIAL_MONTH_MESSAGE, PARTIAL_MONTH_PATTERN, SLUG_PATTERN } from "./vocabulary";

export { COMMERCIAL_USE, INPUT_MODALITIES, LICENCE_CATEGORIES, LIFECYCLE, MODALITIES, SLUG_PATTERN };
export const slug = z.string().regex(SLUG_PATTERN, "must be kebab-case: lowercase letters, digits, single hyphens (and dots only in version numbers)");
export const httpsUrl = z
  .url({ protocol: /^https$/, error: "must be an https:// URL" })
  .max(2048);
/** A calendar date as published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z.string().regex(PARTIAL_DATE_PATTERN, PARTIAL_DATE_MESSAGE);
export const isoDay = z.iso.date({ error: "must be a YYYY-MM-DD date" });
const text = z.string().trim().min(1).max(2000);

/** "undisclosed" where the developer has not published the architecture; "unknown" where we have not reviewed it (imported models). */
export const ARCHITECTURES = ["encoder-only", "decoder-only", "encoder-decoder", "diffusion", "undisclosed", "unknown"] as const;
export const WEIGHTS_ACCESS = ["open", "gated", "none"] as const;
export const GRADES = ["open", "partial", "closed", "na"] as const;
/** The European Open Source AI Index's parameters, in its order. */
export const OPENNESS_COMPONENTS = [
  "base-model-data",
  "end-model-data",
  "base-model-weights",
  "end-model-weights",
  "training-code",
  "code-documentation",
  "hardware-architecture",
  "preprint",
  "paper",
  "model-card",
  "datasheet",
  "licence",
] as const;

/**
 * primary: the maker's own card, paper, licence text or pricing page;
 * secondary: press, trackers, third-party write-ups;
 * dataset: an imported open dataset (its name, commit and file are kept with the fact).
 */
export const SOURCE_KINDS = ["primary", "secondary", "dataset"] as const;

/** One public document a fact comes from; `asOf` is the day it was read. */
export const sourceSchema = z.strictObject({
  url: httpsUrl,
  title: text.max(300),
  asOf: isoDay,
  kind: z.enum(SOURCE_KINDS),
  /** For kind "dataset": which dataset, at which commit, which file. */
  dataset: z.strictObject({ name: text.max(40), commit: z.string().regex(/^[0-9a-f]{7,40}$/), file: text.max(300) }).optional(),
});

/** A key into the file's `sources` map. */
const sourceRef = z.string().regex(/^[a-z0-9-]+$/, "must name a key of `sources`");

/** A sourced fact, or null with the reason it is unknown. */
export function fact<T extends z.ZodType>(value: T) {
  return z.union([
    z.strictObject({ value, source: sourceRef }),
    z.strictObject({ value: z.null(), unknownReason: text.max(500), source: sourceRef.optional() }),
  ]);
}

export const organizationSchema = z.strictObject({
  slug,
  name: text.max(120),
  url: httpsUrl,
  sourceUrl: httpsUrl,
});

export const forbiddenUsesSchema = z.strictObject({
  /** The policy holding the rules when they are not in the licence text itself (null: they are in the licence). */
  policy: z.strictObject({ name: text.max(200), url: httpsUrl.nullable() }).nullable(),
  /** The forbidden uses as read; empty when only the reference to the policy could be read. */
  uses: z.array(text.max(200)).max(40),
});

export const licenceFileSchema = z.strictObject({
  slug,
  /** The licence's name exactly as model cards use it. */
  name: text.max(200),
  spdxId: z.string().regex(/^[A-Za-z0-9.+-]+$/).nullable(),
  url: httpsUrl,
  category: z.enum(LICENCE_CATEGORIES),
  osiApproved: z.boolean(),
  /** null only for an unreviewed licence: unknown, never guessed. */
  commercialUse: z.enum(COMMERCIAL_USE).nullable(),
  /** Plain-words conditions on commercial use (e.g. a monthly-active-user cap). */
  conditions: text.nullable(),
  useRestrictions: z.boolean().nullable(),
  outputTrainingBan: z.boolean().nullable(),
  attributionRequired: z.boolean().nullable(),
  redistributionAllowed: z.boolean().nullable(),
  derivativesAllowed: z.boolean().nullable(),
  /**
   * What the licence forbids, in the licence itself or in the acceptable-use policy it
   * incorporates, in our words as read from the source; only with useRestrictions: true.
   */
  forbiddenUses: forbiddenUsesSchema.optional(),
  notes: text.nullable(),
  source: sourceSchema,
});

export const OUTPUT_MODALITIES = ["text", "image", "audio", "video", "embeddings"] as const;

/** One provider's price for the model from a day on: history, and the newest per provider is current. */
const priceSchema = z.strictObject({
  /** A provider slug of prisma/catalogue/providers.json (the maker's API, a host, a cloud). */
  provider: text.max(80),
  inputUsdPerMTok: z.number().min(0).max(10_000),
  outputUsdPerMTok: z.number().min(0).max(10_000),
  cachedInputUsdPerMTok: z.number().min(0).max(10_000).optional(),
  /** What this provider serves: its context limit, output limit and quantisation where stated. */
  contextLength: z.number().int().positive().optional(),
  maxOutputTokens: z.number().int().positive().optional(),
  quantisation: z.string().max(20).optional(),
  lifecycle: z.enum(LIFECYCLE).optional(),
  /** The day this price took effect (or was first seen). */
  effectiveDate: isoDay,
  source: sourceRef,
  note: text.optional(),
});

export const BENCHMARKS = [
  "MMLU", "MMLU-Pro", "GPQA Diamond", "HumanEval", "GSM8K", "HellaSwag", "MATH", "GLUE", "SuperGLUE", "SQuAD v1.1 F1",
  "FID (COCO 30k)", "MTEB", "SWE-bench Verified", "AIME 2025", "LiveCodeBench", "Humanity's Last Exam", "MMMU",
] as const;
const benchmarkSchema = z.strictObject({
  name: z.enum(BENCHMARKS),
  setting: text.max(80).nullable(),
  score: z.number().min(0).max(100),
  /** The day the score was published (a source's `asOf` is the day we read it). */
  publishedOn: partialDate,
  source: sourceRef,
});

const opennessGradeSchema = z.strictObject({
  grade: z.enum(GRADES),
  evidence: httpsUrl,
  note: text.optional(),
});

export const opennessSchema = z.strictObject(
  Object.fromEntries(OPENNESS_COMPONENTS.map((c) => [c, opennessGradeSchema])) as Record<
    (typeof OPENNESS_COMPONENTS)[number],
    typeof opennessGradeSchema
  >,
);

const licenceChangeSchema = z.strictObject({
  licence: slug,
  from: isoDay,
  to: isoDay.nullable(),
  source: sourceRef,
  note: text.optional(),
});

export const modelFileSchema = z.strictObject({
  slug,
  name: text.max(120),
  family: slug,
  organization: slug,
  description: text.max(400).optional(),
  modality: z.enum(MODALITIES),
  architecture: z.enum(ARCHITECTURES),
  /** null when the developer has not said. */
  mixtureOfExperts: z.boolean().nullable(),
  /** The source for the organisation, modality and architecture above. */
  identitySource: sourceRef,
  /** First public release of the weights or the API. */
  releaseDate: fact(partialDate),
  /** Total parameters as published (6.7e9 for MPT-7B, not the rounded name). */
  parameters: fact(z.number().int().positive().max(1e14)),
  /** Parameters active per token, for mixture-of-experts models. */
  activeParameters: fact(z.number().int().positive().max(1e14)).optional(),
  contextLength: fact(z.number().int().positive().max(100_000_000)),
  maxOutputTokens: fact(z.number().int().positive().max(100_000_000)).optional(),
  /** Knowledge cut-off, `YYYY` or `YYYY-MM`. */
  knowledgeCutoff: fact(z.string().regex(PARTIAL_MONTH_PATTERN, PARTIAL_MONTH_MESSAGE)).optional(),
  toolCalling: fact(z.boolean()).optional(),
  reasoning: fact(z.boolean()).optional(),
  structuredOutput: fact(z.boolean()).optional(),
  inputModalities: fact(z.array(z.enum(INPUT_MODALITIES)).min(1)).optional(),
  outputModalities: fact(z.array(z.enum(OUTPUT_MODALITIES)).min(1)).optional(),
  /** Served now, retirement announced, or no longer served by its maker. */
  lifecycle: fact(z.enum(LIFECYCLE)).optional(),
  weightsAccess: fact(z.enum(WEIGHTS_ACCESS)),
  /** The licence in force now; earlier ones go in `licenceHistory`. */
  licence: z.strictObject({ value: slug, source: sourceRef }),
  licenceHistory: z.array(licenceChangeSchema).optional(),
  trainingCostUsd: fact(z.number().positive()),
  /** Can the model run entirely on hardware you control? */
  selfHostable: fact(z.boolean()),
  /** For API models: does the provider train on your prompts by default? */
  trainsOnPromptsByDefault: fact(z.boolean()),
  prices: z.array(priceSchema),
  benchmarks: z.array(benchmarkSchema),
  openness: opennessSchema,
  sources: z.record(sourceRef, sourceSchema),
});

/**
 * prisma/catalogue/licence-assignments.json: which licence each imported model
 * is under, read from the maker's primary text (model card, LICENSE file,
 * terms page). An imported open-weights model without an assignment is
 * `unreviewed-open-weights`: never open-source on a dataset's say-so.
 */
export const licenceAssignmentsFileSchema = z.strictObject({
  assignments: z.array(
    z.strictObject({
      licence: slug,
      slugs: z.array(slug).min(1),
      /** open: downloadable as is; gated: after registering or accepting terms; none: API only. */
      weightsAccess: z.enum(WEIGHTS_ACCESS),
      source: sourceSchema,
      note: text.optional(),
    }),
  ),
});

/** prisma/catalogue/providers.json: who serves models (makers' APIs, hosts, clouds, routers). */
export const PROVIDER_KINDS = ["maker", "host", "cloud", "router"] as const;
export const providersFileSchema = z.strictObject({
  providers: z.array(
    z.strictObject({
      slug,
      name: text.max(120),
      url: httpsUrl,
      kind: z.enum(PROVIDER_KINDS),
      /** The provider's id in each dataset, where it differs from our slug. */
      datasetIds: z.record(z.string(), z.string()).optional(),
    }),
  ),
});

/**
 * prisma/catalogue/aliases.json: a dataset's model id → our slug, where the
 * automatic slug would differ (existing slugs never change; dated snapshots
 * join their model), and ids deliberately not imported, with the reason.
 */
export const aliasesFileSchema = z.strictObject({
  aliases: z.record(z.string(), slug),
  skip: z.record(z.string(), text.max(300)),
});

export type OrganizationFile = z.infer<typeof organizationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type LicenceAssignmentsFile = z.infer<typeof licenceAssignmentsFileSchema>;
export type ProvidersFile = z.infer<typeof providersFileSchema>;
export type AliasesFile = z.infer<typeof aliasesFileSchema>;
export type Openness = z.infer<typeof opennessSchema>;
export type LicenceFile = z.infer<typeof licenceFileSchema>;
export type ModelFile = z.infer<typeof modelFileSchema>;
