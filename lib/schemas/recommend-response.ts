// /api/recommend's answer; the OpenAPI document is generated from it.
import { z } from "zod";
import { ACCESS_CLASSES, COMMERCIAL_USE } from "./vocabulary";
import { ROUTE_KINDS } from "./recommend-vocabulary";

const modelRef = z.object({
  slug: z.string(),
  name: z.string(),
  access: z.enum(ACCESS_CLASSES),
  organization: z.object({ slug: z.string(), name: z.string() }),
  licence: z.object({
    slug: z.string(),
    name: z.string(),
    category: z.string(),
    commercialUse: z.enum(COMMERCIAL_USE).nullable().describe("null when the licence's terms have not been reviewed"),
    conditions: z.string().nullable(),
  }),
});

const failure = z.object({ constraint: z.string().describe("The parameter naming the must-have"), message: z.string() });

export const recommendItemSchema = z.object({
  model: modelRef,
  route: z.enum(ROUTE_KINDS).describe("api: the maker's API; host: another provider's listing; self-host: your GPUs"),
  provider: z.string().describe("Provider slug (api/host) or the GPU option the self-hosting cost is priced on"),
  providerName: z.string(),
  monthlyCostUsd: z.number().nullable().describe("null for an image model: its listings are priced per token, and an image's cost depends on its size and quality"),
  costBreakdown: z.array(z.string()),
  gpusNeeded: z.number().int().nullable().describe("Self-host only: GPUs one replica needs"),
  bits: z.number().int().nullable(),
  gpuMemoryGb: z.number().nullable(),
  quality: z.object({ benchmark: z.string(), score: z.number(), setting: z.string().nullable() }).nullable(),
  opennessScore: z.number().nullable(),
  score: z.number().describe("0–100: the weighted rank score"),
  reasons: z.array(z.string()),
  tradeOffs: z.array(z.string()),
});

const side = z.object({ item: recommendItemSchema.nullable(), ruledOutBy: z.string().nullable() });

export const recommendResponseSchema = z.object({
  verdict: z.object({ open: side, closed: side, summary: z.string() }),
  items: z.array(recommendItemSchema).describe("The shortlist, best first, at most 10"),
  nearMisses: z.array(z.object({ model: modelRef, failed: z.array(failure) })).describe("Notable models failing exactly one must-have"),
  candidates: z.number().int().describe("Models the database filters let through (bounded)"),
});

export type RecommendItem = z.infer<typeof recommendItemSchema>;
export type RecommendResponse = z.infer<typeof recommendResponseSchema>;
