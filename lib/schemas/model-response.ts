// The API's response shapes; the OpenAPI document is generated from these.
import { z } from "zod";
import { ACCESS_CLASSES } from "./vocabulary";
import { ARCHITECTURES, COMMERCIAL_USE, GRADES, INPUT_MODALITIES, LICENCE_CATEGORIES, LIFECYCLE, MODALITIES, OPENNESS_COMPONENTS, OUTPUT_MODALITIES, SOURCE_KINDS, WEIGHTS_ACCESS } from "./catalogue";
import { DATASETS } from "./imported";

const isoDate = z.string().describe("ISO 8601 date");

export const licenceSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  spdxId: z.string().nullable(),
  category: z.enum(LICENCE_CATEGORIES),
  osiApproved: z.boolean(),
  commercialUse: z.enum(COMMERCIAL_USE).nullable().describe("null when the licence's terms have not been reviewed"),
});

export const licenceSchema = licenceSummarySchema.extend({
  url: z.string(),
  conditions: z.string().nullable(),
  useRestrictions: z.boolean().nullable(),
  outputTrainingBan: z.boolean().nullable(),
  attributionRequired: z.boolean().nullable(),
  redistributionAllowed: z.boolean().nullable(),
  derivativesAllowed: z.boolean().nullable(),
  forbiddenUses: z
    .object({
      policy: z.object({ name: z.string(), url: z.string().nullable() }).nullable().describe("The acceptable-use policy holding the rules; null when they are in the licence itself"),
      uses: z.array(z.string()).describe("The forbidden uses as read, in our words; empty when only the reference to the policy could be read"),
    })
    .nullable()
    .describe("What the licence forbids; null when no list is recorded (see useRestrictions)"),
  notes: z.string().nullable(),
  sourceUrl: z.string(),
  asOf: isoDate,
});

export const modelSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  family: z.string(),
  organization: z.object({ slug: z.string(), name: z.string() }),
  releaseDate: isoDate.nullable(),
  releaseDatePrecision: z.enum(["year", "month", "day"]),
  modality: z.enum(MODALITIES),
  architecture: z.enum(ARCHITECTURES),
  mixtureOfExperts: z.boolean().nullable(),
  parameters: z.number().nullable().describe("Total parameters; null when undisclosed"),
  parametersStatus: z.enum(["published", "undisclosed"]),
  activeParameters: z.number().nullable(),
  contextLength: z.number().nullable().describe("Context window in tokens"),
  weightsAccess: z.enum(WEIGHTS_ACCESS).nullable(),
  access: z.enum(ACCESS_CLASSES),
  review: z.enum(["reviewed", "imported"]).describe("reviewed: a person checked this model's file; imported: every fact comes from open datasets"),
  importedFrom: z.array(z.enum(DATASETS)).describe("Datasets that supplied at least one fact"),
  maxOutputTokens: z.number().nullable(),
  knowledgeCutoff: z.string().nullable().describe("YYYY or YYYY-MM"),
  capabilities: z.object({ toolCalling: z.boolean().nullable(), reasoning: z.boolean().nullable(), structuredOutput: z.boolean().nullable() }),
  inputModalities: z.array(z.enum(INPUT_MODALITIES)).nullable(),
  outputModalities: z.array(z.enum(OUTPUT_MODALITIES)).nullable(),
  lifecycle: z.enum(LIFECYCLE).nullable(),
  hostCount: z.number().int().describe("Providers with a current listing (the maker's API and hosts)"),
  licence: licenceSummarySchema,
  opennessScore: z.number().nullable(),
  price: z
    .object({ inputUsdPerMTok: z.number(), outputUsdPerMTok: z.number(), blendedUsdPerMTok: z.number() })
    .nullable()
    .describe("The current cheapest listing, USD per 1M tokens"),
  mmlu: z.number().nullable().describe("The newest 5-shot MMLU score, otherwise the newest in any setting"),
  mmluSetting: z.string().nullable().describe("The class of the MMLU score's setting (\"5-shot\", \"0-shot CoT\", \"pass@1\"); null when not stated. The mmlu sort ranks 5-shot scores only"),
  selfHostable: z.boolean().nullable(),
  selfHost: z
    .object({
      gpu: z.string().describe("The GPU of the estimate (the calculator's table)"),
      gpus: z.number().int(),
      bits: z.number().int().describe("Weight precision: 16, 8 or 4"),
      minimumMonthlyUsd: z.number().describe("One always-on server for a month"),
      usdPerMTokAtCapacity: z.number().describe("USD per 1M tokens at the server's full assumed use (50% utilisation)"),
    })
    .nullable()
    .describe(
      "The default self-hosting estimate, for models whose weights can be self-hosted and whose size is known: per 1M tokens at a monthly volume V (millions) it costs the larger of minimumMonthlyUsd ÷ V and usdPerMTokAtCapacity",
    ),
});

export const modelListSchema = z.object({
  items: z.array(modelSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const sourced = { sourceUrl: z.string().nullable(), asOf: isoDate.nullable() };

/** Where a fact comes from: primary (the maker's own text), secondary, or an imported dataset (with its commit and file). */
export const sourceSchema = z.object({
  key: z.string(),
  url: z.string(),
  title: z.string(),
  asOf: isoDate.describe("The day the source was read"),
  kind: z.enum(SOURCE_KINDS),
  dataset: z.object({ name: z.string(), commit: z.string(), file: z.string() }).nullable(),
});
const sourceKey = z.string().nullable().describe("Key into `sources`");

export const modelDetailSchema = modelSummarySchema.extend({
  description: z.string().nullable(),
  licence: licenceSchema,
  trainingCostUsd: z.number().nullable(),
  trainsOnPromptsByDefault: z.boolean().nullable(),
  openness: z.object({
    score: z.number().nullable(),
    components: z.array(
      z.object({ component: z.enum(OPENNESS_COMPONENTS), grade: z.enum(GRADES), evidenceUrl: z.string(), note: z.string().nullable() }),
    ),
    gradedBy: z.enum(["ours", "eosai"]).nullable().describe("eosai: graded by the European Open Source AI Index (osai-index.eu)"),
  }),
  prices: z.array(
    z.object({
      provider: z.string().describe("Provider slug"),
      providerName: z.string(),
      inputUsdPerMTok: z.number(),
      outputUsdPerMTok: z.number(),
      cachedInputUsdPerMTok: z.number().nullable(),
      contextLength: z.number().nullable(),
      maxOutputTokens: z.number().nullable(),
      quantisation: z.string().nullable(),
      lifecycle: z.enum(LIFECYCLE).nullable(),
      effectiveDate: isoDate,
      current: z.boolean(),
      asOf: isoDate,
      sourceUrl: z.string(),
      sourceKey,
      note: z.string().nullable(),
    }),
  ),
  benchmarks: z.array(
    z.object({ name: z.string(), setting: z.string().nullable(), score: z.number(), publishedOn: isoDate.describe("The day the score was published"), sourceUrl: z.string(), sourceKey }),
  ),
  licenceHistory: z.array(
    z.object({ licence: licenceSummarySchema, from: isoDate, to: isoDate.nullable(), sourceUrl: z.string(), note: z.string().nullable() }),
  ),
  facts: z.record(
    z.string(),
    z.object({ ...sourced, sourceTitle: z.string().nullable(), sourceKind: z.enum(SOURCE_KINDS).nullable(), sourceKey, unknownReason: z.string().nullable() }),
  ),
  sources: z.array(sourceSchema),
});

export const healthSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.object({
    provider: z.enum(["sqlite", "postgresql"]),
    reachable: z.boolean(),
    migrations: z.object({ applied: z.number(), pending: z.array(z.string()), failed: z.array(z.string()), upToDate: z.boolean() }).nullable(),
  }),
  catalogue: z.object({ version: z.string(), models: z.number(), loadedAt: isoDate }).nullable(),
});

export type ModelSummary = z.infer<typeof modelSummarySchema>;
export type ModelList = z.infer<typeof modelListSchema>;
export type ModelDetail = z.infer<typeof modelDetailSchema>;
export type LicenceDto = z.infer<typeof licenceSchema>;
export type Health = z.infer<typeof healthSchema>;
export type SourceDto = z.infer<typeof sourceSchema>;

export const licenceWithCountSchema = licenceSchema.extend({ modelCount: z.number().int() });
export const organizationWithCountSchema = z.object({
  slug: z.string(),
  name: z.string(),
  url: z.string().nullable(),
  sourceUrl: z.string(),
  modelCount: z.number().int(),
});
export const licenceListSchema = z.object({ items: z.array(licenceWithCountSchema) });
export const organizationListSchema = z.object({ items: z.array(organizationWithCountSchema) });
export type LicenceWithCount = z.infer<typeof licenceWithCountSchema>;
export type OrganizationWithCount = z.infer<typeof organizationWithCountSchema>;
