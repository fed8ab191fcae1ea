// What the compare page needs to know about a model: a structural subset of the API's
// ModelDetail (lib/domain does not import lib/schemas), so a ModelDetail passes as is.
import type { CostListing } from "./compare-costs";
import type { ProsConsInput } from "./pros-cons";
import type { SourceKind } from "./provenance";

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
  maxOutputTokens: number | null;
  /** YYYY or YYYY-MM. */
  knowledgeCutoff: string | null;
  capabilities: { toolCalling: boolean | null; reasoning: boolean | null; structuredOutput: boolean | null };
  inputModalities: readonly string[] | null;
  outputModalities: readonly string[] | null;
  lifecycle: "available" | "deprecated" | "retired" | null;
  /** Providers with a current listing (the maker's API and hosts). */
  hostCount: number;
  openness: {
    score: number | null;
    components: ReadonlyArray<{ component: string; grade: "open" | "partial" | "closed" | "na"; evidenceUrl: string; note: string | null }>;
  };
  prices: ReadonlyArray<
    CostListing & {
      providerName: string;
      cachedInputUsdPerMTok: number | null;
      current: boolean;
      note: string | null;
    }
  >;
  benchmarks: ReadonlyArray<{ name: string; setting: string | null; score: number; publishedOn: string; sourceUrl: string }>;
  facts: Readonly<Record<string, { sourceUrl: string | null; sourceTitle: string | null; asOf: string | null; unknownReason: string | null; sourceKey?: string | null } | undefined>>;
  /** The documents facts cite, by key: their kind, and the dataset for imported ones. */
  sources?: ReadonlyArray<{ key: string; kind: SourceKind; dataset: { name: string; commit: string } | null }>;
}

/** A fact's provenance for a compare cell: source link, day read, kind, and why it is unknown. */
export function compareFact(m: CompareModel, field: string) {
  const f = m.facts[field];
  const source = f?.sourceKey ? m.sources?.find((s) => s.key === f.sourceKey) : undefined;
  return {
    sourceUrl: f?.sourceUrl ?? null,
    asOf: f?.asOf ?? null,
    unknownReason: f?.unknownReason ?? null,
    kind: source?.kind ?? null,
    dataset: source?.dataset ?? null,
  };
}
