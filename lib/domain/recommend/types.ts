// The shapes the recommender works on: a candidate model (a structural subset of the API's
// ModelDetail), the person's must-haves, their situation and what matters most to them.
import type { PrecisionBits } from "../hardware";
import type { Deploy, Priority, RouteKind } from "@/lib/schemas/recommend-vocabulary";
import type { Capability } from "@/lib/schemas/vocabulary";

export type CommercialUse = "yes" | "conditional" | "no";
export type { Capability, Deploy, Priority, RouteKind };

export interface CandidatePrice {
  provider: string;
  providerName: string;
  inputUsdPerMTok: number;
  outputUsdPerMTok: number;
  cachedInputUsdPerMTok: number | null;
  /** Each provider's current listing; history rows are ignored. */
  current: boolean;
  lifecycle?: string | null;
}

export interface Candidate {
  slug: string;
  name: string;
  access: "open-source" | "open-weights" | "closed";
  organization: { slug: string; name: string };
  licence: {
    slug: string;
    name: string;
    category: string;
    /** null: the licence's terms have not been reviewed. */
    commercialUse: CommercialUse | null;
    conditions?: string | null;
    useRestrictions?: boolean | null;
    attributionRequired?: boolean | null;
    outputTrainingBan?: boolean | null;
  };
  modality: string;
  architecture: string;
  parameters: number | null;
  activeParameters: number | null;
  selfHostable: boolean | null;
  contextLength: number | null;
  knowledgeCutoff: string | null;
  capabilities: { toolCalling: boolean | null; reasoning: boolean | null; structuredOutput: boolean | null };
  inputModalities: readonly string[] | null;
  lifecycle: "available" | "deprecated" | "retired" | null;
  opennessScore: number | null;
  review: "reviewed" | "imported";
  prices: readonly CandidatePrice[];
  benchmarks: ReadonlyArray<{ name: string; setting: string | null; score: number }>;
}

/** Hard constraints; an absent key is no constraint. */
export interface MustHaves {
  access?: readonly string[];
  commercialUse?: readonly CommercialUse[];
  licenceCategory?: readonly string[];
  selfHostable?: boolean;
  modality?: readonly string[];
  capabilities?: readonly Capability[];
  minContext?: number;
  /** true: not retired. */
  available?: boolean;
  /** A floor on `benchmark` (Situation); a model without that score fails it. */
  minScore?: number;
  maxMonthlyUsd?: number;
  deploy: Deploy;
}

export interface Situation {
  inputMTokPerMonth: number;
  outputMTokPerMonth: number;
  /** 0–1 of the input served from a prompt cache. */
  cachedShare: number;
  /** The GPUs the person has or would rent: memory per GPU and how many; null = any in our table. */
  gpuMemoryGb: number | null;
  gpus: number | null;
  /** null: the highest precision that fits (16, then 8, then 4 bits). */
  bits: PrecisionBits | null;
  /** The benchmark quality is measured on (case-insensitive name). */
  benchmark: string;
  priority: Priority;
}

export interface Failure {
  /** The parameter that names the must-have (commercialUse, deploy, maxMonthlyUsd…). */
  constraint: string;
  message: string;
}
