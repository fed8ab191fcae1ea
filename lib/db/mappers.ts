// The one place database rows become API/domain objects (DTOs).
import type { Prisma } from "./prisma";
import type { LicenceDto, ModelDetail, ModelSummary, SourceDto } from "@/lib/schemas/model-response";
import type { Candidate } from "@/lib/domain/recommend/types";
import type { ClosestCandidate } from "@/lib/domain/closest-model";
import { GPU_OPTIONS } from "./gpu-options";
import { forbiddenUsesSchema } from "@/lib/schemas/catalogue";

export const summaryInclude = {
  organization: { select: { slug: true, name: true } },
  licence: true,
} satisfies Prisma.ModelInclude;

export const detailInclude = {
  ...summaryInclude,
  facts: true,
  sources: { orderBy: { key: "asc" } },
  prices: { orderBy: [{ provider: "asc" }, { effectiveDate: "desc" }] },
  benchmarks: { orderBy: [{ name: "asc" }, { publishedOn: "desc" }] },
  openness: true,
  licenceHistory: { include: { licence: true }, orderBy: { fromDate: "asc" } },
} satisfies Prisma.ModelInclude;

/**
 * Columns a summary never shows, left unread by the list queries: Prisma maps
 * every column it reads, and on a page of 50 these two were a fifth of the
 * mapping's time (the description is on the model's page; the search text
 * serves the search index only).
 */
export const SUMMARY_OMIT = { description: true, searchText: true } as const satisfies Prisma.ModelOmit;

type SummaryRow = Prisma.ModelGetPayload<{ include: typeof summaryInclude; omit: typeof SUMMARY_OMIT }>;
type DetailRow = Prisma.ModelGetPayload<{ include: typeof detailInclude }>;
type LicenceRow = SummaryRow["licence"];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const isoOrNull = (d: Date | null) => (d === null ? null : iso(d));
/** ",text,image," → ["text", "image"] */
const unwrapList = <T extends string>(list: string | null): T[] | null => (list === null ? null : (list.split(",").filter(Boolean) as T[]));

function licenceSummary(l: LicenceRow) {
  return {
    slug: l.slug,
    name: l.name,
    spdxId: l.spdxId,
    category: l.category as LicenceDto["category"],
    osiApproved: l.osiApproved,
    commercialUse: l.commercialUse as LicenceDto["commercialUse"],
  };
}

export function toLicence(l: LicenceRow): LicenceDto {
  return {
    ...licenceSummary(l),
    url: l.url,
    conditions: l.conditions,
    useRestrictions: l.useRestrictions,
    outputTrainingBan: l.outputTrainingBan,
    attributionRequired: l.attributionRequired,
    redistributionAllowed: l.redistributionAllowed,
    derivativesAllowed: l.derivativesAllowed,
    forbiddenUses: l.forbiddenUses === null ? null : forbiddenUsesSchema.parse(JSON.parse(l.forbiddenUses)),
    notes: l.notes,
    sourceUrl: l.sourceUrl,
    asOf: iso(l.asOf),
  };
}

export function toModelSummary(m: SummaryRow): ModelSummary {
  return {
    slug: m.slug,
    name: m.name,
    family: m.family,
    organization: m.organization,
    releaseDate: isoOrNull(m.releaseDate),
    releaseDatePrecision: m.releaseDatePrecision as ModelSummary["releaseDatePrecision"],
    modality: m.modality as ModelSummary["modality"],
    architecture: m.architecture as ModelSummary["architecture"],
    mixtureOfExperts: m.mixtureOfExperts,
    parameters: m.parameters,
    parametersStatus: m.parametersStatus as ModelSummary["parametersStatus"],
    activeParameters: m.activeParameters,
    contextLength: m.contextLength,
    weightsAccess: m.weightsAccess as ModelSummary["weightsAccess"],
    access: m.access as ModelSummary["access"],
    review: m.review as ModelSummary["review"],
    importedFrom: unwrapList<ModelSummary["importedFrom"][number]>(m.importedFrom === null ? null : `,${m.importedFrom},`) ?? [],
    maxOutputTokens: m.maxOutputTokens,
    knowledgeCutoff: m.knowledgeCutoff === null ? null : m.knowledgeCutoffPrecision === "year" ? iso(m.knowledgeCutoff).slice(0, 4) : iso(m.knowledgeCutoff).slice(0, 7),
    capabilities: { toolCalling: m.toolCalling, reasoning: m.reasoning, structuredOutput: m.structuredOutput },
    inputModalities: unwrapList(m.inputModalities),
    outputModalities: unwrapList(m.outputModalities),
    lifecycle: m.lifecycle as ModelSummary["lifecycle"],
    hostCount: m.hostCount,
    licence: licenceSummary(m.licence),
    opennessScore: m.opennessScore,
    price:
      m.inputUsdPerMTok !== null && m.outputUsdPerMTok !== null && m.blendedUsdPerMTok !== null
        ? { inputUsdPerMTok: m.inputUsdPerMTok, outputUsdPerMTok: m.outputUsdPerMTok, blendedUsdPerMTok: m.blendedUsdPerMTok }
        : null,
    mmlu: m.mmlu,
    mmluSetting: m.mmluSetting,
    selfHostable: m.selfHostable,
    selfHost:
      m.selfHostGpu !== null && m.selfHostGpus !== null && m.selfHostBits !== null && m.selfHostMinimumMonthlyUsd !== null && m.selfHostUsdPerMTokAtCapacity !== null
        ? {
            gpu: GPU_OPTIONS.find((g) => g.id === m.selfHostGpu)?.name ?? m.selfHostGpu,
            gpus: m.selfHostGpus,
            bits: m.selfHostBits,
            minimumMonthlyUsd: m.selfHostMinimumMonthlyUsd,
            usdPerMTokAtCapacity: m.selfHostUsdPerMTokAtCapacity,
          }
        : null,
  };
}

type PriceRow = DetailRow["prices"][number];

/** One provider's price row as the API gives it. */
function toPrice(p: PriceRow): ModelDetail["prices"][number] {
  return {
    provider: p.provider,
    providerName: p.providerName ?? p.provider,
    inputUsdPerMTok: p.inputUsdPerMTok,
    outputUsdPerMTok: p.outputUsdPerMTok,
    cachedInputUsdPerMTok: p.cachedInputUsdPerMTok,
    contextLength: p.contextLength,
    maxOutputTokens: p.maxOutputTokens,
    quantisation: p.quantisation,
    lifecycle: p.lifecycle as ModelDetail["prices"][number]["lifecycle"],
    effectiveDate: iso(p.effectiveDate),
    current: p.current,
    asOf: iso(p.asOf),
    sourceUrl: p.sourceUrl,
    sourceKey: p.sourceKey,
    note: p.note,
  };
}

export function toModelDetail(m: DetailRow): ModelDetail {
  const sources: SourceDto[] = m.sources.map((s) => ({
    key: s.key,
    url: s.url,
    title: s.title,
    asOf: iso(s.asOf),
    kind: s.kind as SourceDto["kind"],
    dataset: s.dataset !== null && s.datasetCommit !== null && s.datasetFile !== null ? { name: s.dataset, commit: s.datasetCommit, file: s.datasetFile } : null,
  }));
  const kindOf = new Map(sources.map((s) => [s.key, s.kind]));
  const facts = Object.fromEntries(
    m.facts.map((f) => [
      f.field,
      {
        sourceUrl: f.sourceUrl,
        sourceTitle: f.sourceTitle,
        sourceKind: f.sourceKey === null ? null : (kindOf.get(f.sourceKey) ?? null),
        sourceKey: f.sourceKey,
        asOf: isoOrNull(f.asOf),
        unknownReason: f.unknownReason,
      },
    ]),
  );
  return {
    ...toModelSummary(m),
    description: m.description,
    licence: toLicence(m.licence),
    trainingCostUsd: m.trainingCostUsd,
    trainsOnPromptsByDefault: m.trainsOnPromptsByDefault,
    openness: {
      score: m.opennessScore,
      components: m.openness.map((o) => ({
        component: o.component as ModelDetail["openness"]["components"][number]["component"],
        grade: o.grade as ModelDetail["openness"]["components"][number]["grade"],
        evidenceUrl: o.evidenceUrl,
        note: o.note,
      })),
      gradedBy: (m.opennessGradedBy as ModelDetail["openness"]["gradedBy"]) ?? null,
    },
    prices: m.prices.map(toPrice),
    benchmarks: m.benchmarks.map((b) => ({ name: b.name, setting: b.setting, score: b.score, publishedOn: iso(b.publishedOn), sourceUrl: b.sourceUrl, sourceKey: b.sourceKey })),
    licenceHistory: m.licenceHistory.map((c) => ({
      licence: licenceSummary(c.licence),
      from: iso(c.fromDate),
      to: isoOrNull(c.toDate),
      sourceUrl: c.sourceUrl,
      note: c.note,
    })),
    facts,
    sources,
  };
}

/** What the recommender reads per candidate: the summary's relations, current listings and benchmarks. */
export const candidateInclude = {
  ...summaryInclude,
  prices: { where: { current: true }, orderBy: { provider: "asc" } },
  benchmarks: { select: { name: true, setting: true, score: true } },
} satisfies Prisma.ModelInclude;
type CandidateRow = Prisma.ModelGetPayload<{ include: typeof candidateInclude }>;

export function toCandidate(m: CandidateRow): Candidate {
  const s = toModelSummary(m);
  return {
    ...s,
    licence: { ...s.licence, conditions: m.licence.conditions, useRestrictions: m.licence.useRestrictions, attributionRequired: m.licence.attributionRequired, outputTrainingBan: m.licence.outputTrainingBan },
    prices: m.prices.map(toPrice),
    benchmarks: m.benchmarks,
  };
}

/**
 * What the closest-model line reads per candidate: its side, kind and lifecycle, and its scores.
 * NOTE: every benchmark, not just the one compared: with a name filter SQLite reads the
 * Benchmark(name, score) index through every score of that name (~0.7 s at 100k models)
 * instead of the few rows per model by modelSlug.
 */
export const closestCandidateSelect = {
  slug: true,
  name: true,
  access: true,
  modality: true,
  lifecycle: true,
  benchmarks: { select: { name: true, setting: true, score: true, publishedOn: true } },
} satisfies Prisma.ModelSelect;
type ClosestCandidateRow = Prisma.ModelGetPayload<{ select: typeof closestCandidateSelect }>;

export function toClosestCandidate(m: ClosestCandidateRow): ClosestCandidate {
  return {
    ...m,
    access: m.access as ClosestCandidate["access"],
    lifecycle: m.lifecycle as ClosestCandidate["lifecycle"],
    benchmarks: m.benchmarks.map((b) => ({ ...b, publishedOn: iso(b.publishedOn) })),
  };
}
