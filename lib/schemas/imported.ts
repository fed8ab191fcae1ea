// The files an import writes under prisma/catalogue/imported/<dataset>/<slug>.json:
// one file per model per dataset, holding what that dataset says about the
// model, already resolved to our slug, organisation and provider names.
// They are generated (never edited by hand) and reviewed as diffs; the
// loader merges them under the reviewed files (lib/domain/merge-catalogue.ts).
import { z } from "zod";
import { INPUT_MODALITIES, LIFECYCLE, OUTPUT_MODALITIES } from "./catalogue";

export { INPUT_MODALITIES, LIFECYCLE, OUTPUT_MODALITIES };
import { SLUG_PATTERN, PARTIAL_DATE_PATTERN, PARTIAL_DATE_MESSAGE } from "./vocabulary";

export const DATASETS = ["models.dev", "genai-prices", "eosai"] as const;
export type DatasetName = (typeof DATASETS)[number];

const slug = z.string().regex(SLUG_PATTERN, "must be kebab-case");
const partialDate = z.string().regex(PARTIAL_DATE_PATTERN, PARTIAL_DATE_MESSAGE);
const isoDay = z.iso.date({ error: "must be a YYYY-MM-DD date" });
const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// URL" }).max(2048);
const text = z.string().trim().min(1).max(2000);
const usd = z.number().min(0).max(10_000);
const tokens = z.number().int().positive().max(100_000_000);


/**
 * Where in the dataset a fact was read: the file at the imported commit. An
 * import from a live URL (or a lone file) has no commit: it records the day
 * it was read, and the URL when there is one.
 */
export const datasetRefSchema = z
  .strictObject({
    dataset: z.enum(DATASETS),
    commit: z.string().regex(/^[0-9a-f]{40}$/, "must be a full 40-hex commit").nullable(),
    file: text.max(300),
    url: httpsUrl.optional(),
    retrievedOn: isoDay.optional(),
  })
  .refine((ref) => ref.commit !== null || ref.retrievedOn !== undefined, {
    message: "a snapshot without a commit needs retrievedOn",
    path: ["commit"],
  });

/** One provider's current listing of the model (the maker's own API or a host). */
export const importedHostSchema = z.strictObject({
  /** Our provider slug (e.g. "together", "openai"); see prisma/catalogue/providers.json. */
  provider: slug,
  /** The dataset's id for the listing, e.g. "meta-llama/Llama-3.3-70B-Instruct-Turbo". */
  listingId: text.max(200),
  file: text.max(300),
  inputUsdPerMTok: usd.nullable(),
  outputUsdPerMTok: usd.nullable(),
  cachedInputUsdPerMTok: usd.nullable(),
  contextLength: tokens.nullable(),
  maxOutputTokens: tokens.nullable(),
  /** e.g. "fp8", "int4" where the listing says; null when not stated. */
  quantisation: z.string().max(20).nullable(),
  lifecycle: z.enum(LIFECYCLE),
});

/** A dated price (genai-prices' `constraint.start_date`); history, newest last. */
export const importedPriceSchema = z.strictObject({
  provider: slug,
  inputUsdPerMTok: usd,
  outputUsdPerMTok: usd,
  cachedInputUsdPerMTok: usd.nullable(),
  /** The day this price took effect; null when the dataset gives none (then it is the first known price). */
  effectiveDate: isoDay.nullable(),
  /** The provider's pricing page the dataset cites. */
  url: httpsUrl.nullable(),
  file: text.max(300),
});

export const importedBenchmarkSchema = z.strictObject({
  name: text.max(80),
  setting: text.max(80).nullable(),
  score: z.number().min(0).max(100),
  asOf: partialDate,
  /** The maker's own publication the dataset cites (scores from leaderboards are not imported). */
  url: httpsUrl,
});

export const importedGradeSchema = z.strictObject({
  grade: z.enum(["open", "partial", "closed"]),
  evidence: httpsUrl.nullable(),
  note: text.optional(),
});

export const importedModelSchema = z.strictObject({
  slug,
  ref: datasetRefSchema,
  /** The dataset's own id for the model (e.g. "openai/gpt-5"). */
  datasetId: text.max(200),
  name: text.max(120).optional(),
  organization: slug.optional(),
  family: slug.optional(),
  releaseDate: partialDate.optional(),
  /** Knowledge cut-off, `YYYY` or `YYYY-MM`. */
  knowledgeCutoff: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "must be YYYY or YYYY-MM").optional(),
  /** The dataset's "open weights" flag: NOT a licence. */
  openWeights: z.boolean().optional(),
  weightsUrl: httpsUrl.optional(),
  contextLength: tokens.optional(),
  maxOutputTokens: tokens.optional(),
  inputModalities: z.array(z.enum(INPUT_MODALITIES)).optional(),
  outputModalities: z.array(z.enum(OUTPUT_MODALITIES)).optional(),
  toolCalling: z.boolean().optional(),
  reasoning: z.boolean().optional(),
  structuredOutput: z.boolean().optional(),
  lifecycle: z.enum(LIFECYCLE).optional(),
  /** The listing that states the lifecycle, when it is not the model's own file: the maker's own API listing. */
  lifecycleFrom: z.strictObject({ provider: slug, file: text.max(300) }).optional(),
  hosts: z.array(importedHostSchema).optional(),
  prices: z.array(importedPriceSchema).optional(),
  benchmarks: z.array(importedBenchmarkSchema).optional(),
  /** EOSAI's twelve grades, keyed by our component names (OPENNESS_COMPONENTS). */
  openness: z.record(z.string(), importedGradeSchema).optional(),
  /** The EOSAI entry's page or the dataset's link for the model. */
  link: httpsUrl.optional(),
});

export type ImportedModel = z.infer<typeof importedModelSchema>;
export type ImportedHost = z.infer<typeof importedHostSchema>;
export type ImportedPrice = z.infer<typeof importedPriceSchema>;
