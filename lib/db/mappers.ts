// The one place database rows become API/domain objects (DTOs).
import type { Prisma } from "./prisma";
import type { LicenceDto, ModelDetail, ModelSummary } from "@/lib/schemas/model-response";

export const summaryInclude = {
  organization: { select: { slug: true, name: true } },
  licence: true,
} satisfies Prisma.ModelInclude;

export const detailInclude = {
  ...summaryInclude,
  facts: true,
  prices: { orderBy: [{ provider: "asc" }, { effectiveDate: "desc" }] },
  benchmarks: { orderBy: [{ name: "asc" }, { asOf: "desc" }] },
  openness: true,
  licenceHistory: { include: { licence: true }, orderBy: { fromDate: "asc" } },
} satisfies Prisma.ModelInclude;

type SummaryRow = Prisma.ModelGetPayload<{ include: typeof summaryInclude }>;
type DetailRow = Prisma.ModelGetPayload<{ include: typeof detailInclude }>;
type LicenceRow = SummaryRow["licence"];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const isoOrNull = (d: Date | null) => (d === null ? null : iso(d));

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
    parameters: m.parametersCount,
    parametersStatus: m.parametersStatus as ModelSummary["parametersStatus"],
    activeParameters: m.activeParametersCount,
    contextLength: m.contextTokens,
    weightsAccess: m.weightsAccess as ModelSummary["weightsAccess"],
    access: m.access as ModelSummary["access"],
    licence: licenceSummary(m.licence),
    opennessScore: m.opennessScore,
    price:
      m.inputUsdPerMTok !== null && m.outputUsdPerMTok !== null && m.blendedUsdPerMTok !== null
        ? { inputUsdPerMTok: m.inputUsdPerMTok, outputUsdPerMTok: m.outputUsdPerMTok, blendedUsdPerMTok: m.blendedUsdPerMTok }
        : null,
    mmlu: m.mmluScore,
    selfHostable: m.selfHostable,
  };
}

export function toModelDetail(m: DetailRow): ModelDetail {
  const facts = Object.fromEntries(
    m.facts.map((f) => [
      f.field,
      { sourceUrl: f.sourceUrl, sourceTitle: f.sourceTitle, asOf: isoOrNull(f.asOf), unknownReason: f.unknownReason },
    ]),
  );
  const sources = new Map<string, { url: string; title: string | null; asOf: string | null }>();
  for (const f of m.facts) if (f.sourceUrl) sources.set(f.sourceUrl, { url: f.sourceUrl, title: f.sourceTitle, asOf: isoOrNull(f.asOf) });
  for (const url of [...m.prices.map((p) => p.sourceUrl), ...m.benchmarks.map((b) => b.sourceUrl)])
    if (!sources.has(url)) sources.set(url, { url, title: null, asOf: null });
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
    },
    prices: m.prices.map((p) => ({
      provider: p.provider,
      inputUsdPerMTok: p.inputUsdPerMTok,
      outputUsdPerMTok: p.outputUsdPerMTok,
      effectiveDate: iso(p.effectiveDate),
      current: p.current,
      asOf: iso(p.asOf),
      sourceUrl: p.sourceUrl,
      note: p.note,
    })),
    benchmarks: m.benchmarks.map((b) => ({ name: b.name, setting: b.setting, score: b.score, asOf: iso(b.asOf), sourceUrl: b.sourceUrl })),
    licenceHistory: m.licenceHistory.map((c) => ({
      licence: licenceSummary(c.licence),
      from: iso(c.fromDate),
      to: isoOrNull(c.toDate),
      sourceUrl: c.sourceUrl,
      note: c.note,
    })),
    facts,
    sources: [...sources.values()],
  };
}
