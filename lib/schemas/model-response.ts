// The API's response shapes; the OpenAPI document is generated from these.
import { z } from "zod";
import { ACCESS_CLASSES } from "@/lib/domain/access-class";
import { ARCHITECTURES, COMMERCIAL_USE, GRADES, LICENCE_CATEGORIES, MODALITIES, OPENNESS_COMPONENTS, WEIGHTS_ACCESS } from "./catalogue";

const isoDate = z.string().describe("ISO 8601 date");

export const licenceSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  spdxId: z.string().nullable(),
  category: z.enum(LICENCE_CATEGORIES),
  osiApproved: z.boolean(),
  commercialUse: z.enum(COMMERCIAL_USE),
});

export const licenceSchema = licenceSummarySchema.extend({
  url: z.string(),
  conditions: z.string().nullable(),
  useRestrictions: z.boolean().nullable(),
  outputTrainingBan: z.boolean().nullable(),
  attributionRequired: z.boolean().nullable(),
  redistributionAllowed: z.boolean().nullable(),
  derivativesAllowed: z.boolean().nullable(),
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
  weightsAccess: z.enum(WEIGHTS_ACCESS),
  access: z.enum(ACCESS_CLASSES),
  licence: licenceSummarySchema,
  opennessScore: z.number().nullable(),
  price: z
    .object({ inputUsdPerMTok: z.number(), outputUsdPerMTok: z.number(), blendedUsdPerMTok: z.number() })
    .nullable()
    .describe("The current cheapest listing, USD per 1M tokens"),
  mmlu: z.number().nullable(),
  selfHostable: z.boolean(),
});

export const modelListSchema = z.object({
  items: z.array(modelSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const sourced = { sourceUrl: z.string().nullable(), asOf: isoDate.nullable() };

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
  }),
  prices: z.array(
    z.object({
      provider: z.string(),
      inputUsdPerMTok: z.number(),
      outputUsdPerMTok: z.number(),
      effectiveDate: isoDate,
      current: z.boolean(),
      asOf: isoDate,
      sourceUrl: z.string(),
      note: z.string().nullable(),
    }),
  ),
  benchmarks: z.array(z.object({ name: z.string(), setting: z.string().nullable(), score: z.number(), asOf: isoDate, sourceUrl: z.string() })),
  licenceHistory: z.array(
    z.object({ licence: licenceSummarySchema, from: isoDate, to: isoDate.nullable(), sourceUrl: z.string(), note: z.string().nullable() }),
  ),
  facts: z.record(z.string(), z.object({ ...sourced, sourceTitle: z.string().nullable(), unknownReason: z.string().nullable() })),
  sources: z.array(z.object({ url: z.string(), title: z.string().nullable(), asOf: isoDate.nullable() })),
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
