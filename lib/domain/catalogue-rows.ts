// Turns reviewed catalogue files into database rows, deriving the columns
// the catalogue filters and sorts on. Pure: the loader writes the result.
import type { LicenceFile, OrganizationFile, Source } from "@/lib/schemas/catalogue";
import type { CatalogueModel } from "./merge-catalogue";
import { deriveAccessClass } from "./access-class";
import { computeOpennessScore } from "./openness-score";
import { blendedUsdPerMTok, cheapestCurrent, currentListings } from "./price";
import { parsePartialDate } from "./dates";
import { columnScore } from "./benchmark-setting";
import { defaultSelfHostEstimate, selfHostRates } from "./break-even";
import type { GpuOption } from "./hardware";
import { CATALOGUE_SORTS } from "@/lib/schemas/catalogue-filters";
import { searchTextOf } from "./search-text";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export function organizationRow(o: OrganizationFile) {
  return { slug: o.slug, name: o.name, url: o.url, sourceUrl: o.sourceUrl };
}

export function licenceRow(l: LicenceFile) {
  const { source, forbiddenUses, ...terms } = l;
  return { ...terms, forbiddenUses: forbiddenUses ? JSON.stringify(forbiddenUses) : null, sourceUrl: source.url, asOf: day(source.asOf) };
}

/** The fields whose sources are recorded fact by fact (the one list; validation walks it too). */
export const FACT_FIELDS = [
  "releaseDate",
  "parameters",
  "activeParameters",
  "contextLength",
  "maxOutputTokens",
  "knowledgeCutoff",
  "toolCalling",
  "reasoning",
  "structuredOutput",
  "inputModalities",
  "outputModalities",
  "lifecycle",
  "weightsAccess",
  "licence",
  "trainingCostUsd",
  "selfHostable",
  "trainsOnPromptsByDefault",
] as const;

/** ",text,image," — a list one LIKE '%,image,%' can filter on either database. */
const wrapList = (list: readonly string[] | null | undefined) => (list && list.length > 0 ? `,${list.join(",")},` : null);

/**
 * A model's rows. `gpus` is the calculator's GPU table: a self-hostable
 * model's default self-hosting estimate is derived from it and stored, so the
 * price filter can bound it in the database.
 */
export function modelRows(m: CatalogueModel, licence: LicenceFile, organizationName: string, gpus: readonly GpuOption[]) {
  const source = (key: string | undefined) => (key === undefined ? undefined : m.sources[key]);
  const release = m.releaseDate.value === null ? null : parsePartialDate(m.releaseDate.value);
  const cheapest = cheapestCurrent(m.prices);
  const current = new Set(currentListings(m.prices));
  const mmlu = columnScore(m.benchmarks, "MMLU", CATALOGUE_SORTS.mmlu.ranks.value);
  const selfHost =
    m.selfHostable.value === true
      ? defaultSelfHostEstimate({ parameters: m.parameters.value, activeParameters: m.activeParameters?.value ?? null, modality: m.modality, architecture: m.architecture }, gpus)
      : null;
  const selfHostRate = selfHost ? selfHostRates(selfHost.assumptions) : null;
  const cutoff = m.knowledgeCutoff?.value ? parsePartialDate(m.knowledgeCutoff.value) : null;

  const model = {
    slug: m.slug,
    name: m.name,
    family: m.family,
    description: m.description,
    organizationSlug: m.organization,
    releaseDate: release?.date ?? null,
    releaseDatePrecision: release?.precision ?? "day",
    modality: m.modality,
    architecture: m.architecture,
    mixtureOfExperts: m.mixtureOfExperts,
    parameters: m.parameters.value,
    parametersStatus: m.parameters.value === null ? "undisclosed" : "published",
    activeParameters: m.activeParameters?.value ?? null,
    contextLength: m.contextLength.value,
    maxOutputTokens: m.maxOutputTokens?.value ?? null,
    knowledgeCutoff: cutoff?.date ?? null,
    knowledgeCutoffPrecision: cutoff?.precision ?? null,
    toolCalling: m.toolCalling?.value ?? null,
    reasoning: m.reasoning?.value ?? null,
    structuredOutput: m.structuredOutput?.value ?? null,
    inputModalities: wrapList(m.inputModalities?.value),
    outputModalities: wrapList(m.outputModalities?.value),
    lifecycle: m.lifecycle?.value ?? null,
    review: m.review,
    opennessGradedBy: m.opennessGradedBy,
    importedFrom: m.importedFrom.length > 0 ? m.importedFrom.join(",") : null,
    hostCount: current.size,
    weightsAccess: m.weightsAccess.value,
    licenceSlug: m.licence.value,
    trainingCostUsd: m.trainingCostUsd.value,
    selfHostable: m.selfHostable.value,
    trainsOnPromptsByDefault: m.trainsOnPromptsByDefault.value,
    access: deriveAccessClass({ weightsAccess: m.weightsAccess.value, licence }),
    opennessScore: m.openness ? computeOpennessScore(Object.values(m.openness).map((o) => o.grade)) : null,
    inputUsdPerMTok: cheapest?.inputUsdPerMTok ?? null,
    outputUsdPerMTok: cheapest?.outputUsdPerMTok ?? null,
    blendedUsdPerMTok: cheapest ? blendedUsdPerMTok(cheapest.inputUsdPerMTok, cheapest.outputUsdPerMTok) : null,
    mmlu: mmlu?.score ?? null,
    mmluSetting: mmlu?.settingClass ?? null,
    selfHostGpu: selfHost?.assumptions.gpuId ?? null,
    selfHostGpus: selfHost?.assumptions.gpus ?? null,
    selfHostBits: selfHost?.assumptions.bits ?? null,
    selfHostMinimumMonthlyUsd: selfHostRate?.minimumMonthlyUsd ?? null,
    selfHostUsdPerMTokAtCapacity: selfHostRate?.usdPerMTokAtCapacity ?? null,
    searchText: searchTextOf([m.name, m.slug, m.family, organizationName, licence.name]),
  };

  const sources = Object.entries(m.sources).map(([key, s]) => sourceRow(key, s));
  const facts: Array<{ field: string; sourceKey: string | null; sourceUrl: string | null; sourceTitle: string | null; asOf: Date | null; unknownReason: string | null }> = FACT_FIELDS.flatMap((field) => {
    const f = m[field];
    if (f === undefined) return [];
    const s = source(f.source);
    return [
      {
        field,
        sourceKey: s ? (f.source ?? null) : null,
        sourceUrl: s?.url ?? null,
        sourceTitle: s?.title ?? null,
        asOf: s ? day(s.asOf) : null,
        unknownReason: "unknownReason" in f ? f.unknownReason : null,
      },
    ];
  });
  const identity = m.sources[m.identitySource];
  facts.push({
    field: "identity",
    sourceKey: identity ? m.identitySource : null,
    sourceUrl: identity?.url ?? null,
    sourceTitle: identity?.title ?? null,
    asOf: identity ? day(identity.asOf) : null,
    unknownReason: null,
  });
  const prices = m.prices.map((p) => ({
    provider: p.provider,
    inputUsdPerMTok: p.inputUsdPerMTok,
    outputUsdPerMTok: p.outputUsdPerMTok,
    cachedInputUsdPerMTok: p.cachedInputUsdPerMTok ?? null,
    contextLength: p.contextLength ?? null,
    maxOutputTokens: p.maxOutputTokens ?? null,
    quantisation: p.quantisation ?? null,
    lifecycle: p.lifecycle ?? null,
    effectiveDate: day(p.effectiveDate),
    current: current.has(p),
    sourceKey: p.source,
    sourceUrl: m.sources[p.source]?.url ?? "",
    asOf: day(m.sources[p.source]?.asOf ?? p.effectiveDate),
    note: p.note ?? null,
  }));
  const benchmarks = m.benchmarks.map((b) => ({
    name: b.name,
    setting: b.setting,
    score: b.score,
    publishedOn: parsePartialDate(b.publishedOn).date,
    sourceKey: b.source,
    sourceUrl: m.sources[b.source]?.url ?? "",
  }));
  const openness = Object.entries(m.openness ?? {}).map(([component, o]) => ({
    component,
    grade: o.grade,
    evidenceUrl: o.evidence,
    note: o.note ?? null,
    gradedBy: m.opennessGradedBy ?? "ours",
  }));
  const licenceHistory = (m.licenceHistory ?? []).map((c) => ({
    licenceSlug: c.licence,
    fromDate: day(c.from),
    toDate: c.to === null ? null : day(c.to),
    sourceUrl: m.sources[c.source]?.url ?? "",
    note: c.note ?? null,
  }));
  return { model, sources, facts, prices, benchmarks, openness, licenceHistory };
}

function sourceRow(key: string, s: Source) {
  return {
    key,
    url: s.url,
    title: s.title,
    asOf: day(s.asOf),
    kind: s.kind,
    dataset: s.dataset?.name ?? null,
    datasetCommit: s.dataset?.commit ?? null,
    datasetFile: s.dataset?.file ?? null,
  };
}
