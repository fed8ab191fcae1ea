// What the compare page needs to know about a model: a structural subset of the API's
// ModelDetail (lib/domain does not import lib/schemas), so a ModelDetail passes as is.
import type { ProsConsInput } from "./pros-cons";

export interface CompareLicence extends Readonly<ProsConsInput["licence"]> {
  slug: string;
  url: string;
  category: string;
  osiApproved: boolean;
  conditions: string | null;
  attributionRequired: boolean | null;
  sourceUrl: string;
  asOf: string;
}

export interface CompareModel extends ProsConsInput {
  slug: string;
  name: string;
  organization: { slug: string; name: string };
  releaseDate: string | null;
  releaseDatePrecision: "year" | "month" | "day";
  modality: string;
  architecture: string;
  mixtureOfExperts: boolean | null;
  contextLength: number | null;
  access: "open-source" | "open-weights" | "closed";
  licence: CompareLicence;
  trainingCostUsd: number | null;
  openness: {
    score: number | null;
    components: ReadonlyArray<{ component: string; grade: "open" | "partial" | "closed" | "na"; evidenceUrl: string; note: string | null }>;
  };
  prices: ReadonlyArray<{
    provider: string;
    inputUsdPerMTok: number;
    outputUsdPerMTok: number;
    effectiveDate: string;
    current: boolean;
    asOf: string;
    sourceUrl: string;
    note: string | null;
  }>;
  benchmarks: ReadonlyArray<{ name: string; setting: string | null; score: number; publishedOn: string; sourceUrl: string }>;
  facts: Readonly<Record<string, { sourceUrl: string | null; sourceTitle: string | null; asOf: string | null; unknownReason: string | null } | undefined>>;
}
