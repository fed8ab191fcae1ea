// Turns reviewed catalogue files into database rows, deriving the columns
// the catalogue filters and sorts on. Pure: the loader writes the result.
import type { LicenceFile, ModelFile, OrganizationFile } from "@/lib/schemas/catalogue";
import { deriveAccessClass } from "./access-class";
import { computeOpennessScore } from "./openness-score";
import { blendedUsdPerMTok, cheapestCurrent, currentListings } from "./price";
import { parsePartialDate } from "./dates";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export function organizationRow(o: OrganizationFile) {
  return { slug: o.slug, name: o.name, url: o.url, sourceUrl: o.sourceUrl };
}

export function licenceRow(l: LicenceFile) {
  const { source, ...terms } = l;
  return { ...terms, sourceUrl: source.url, asOf: day(source.asOf) };
}

/** The fields whose sources are recorded fact by fact. */
const FACT_FIELDS = [
  "releaseDate",
  "parameters",
  "activeParameters",
  "contextTokens",
  "weightsAccess",
  "licence",
  "trainingCostUsd",
  "selfHostable",
  "trainsOnPromptsByDefault",
] as const;

export function modelRows(m: ModelFile, licence: LicenceFile, organizationName: string) {
  const source = (key: string | undefined) => (key === undefined ? undefined : m.sources[key]);
  const release = m.releaseDate.value === null ? null : parsePartialDate(m.releaseDate.value);
  const cheapest = cheapestCurrent(m.prices);
  const current = new Set(currentListings(m.prices));
  const mmlu = latestScore(m.benchmarks, "MMLU");

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
    parametersCount: m.parameters.value,
    parametersStatus: m.parameters.value === null ? "undisclosed" : "published",
    activeParametersCount: m.activeParameters?.value ?? null,
    contextTokens: m.contextTokens.value,
    weightsAccess: m.weightsAccess.value ?? "none",
    licenceSlug: m.licence.value,
    trainingCostUsd: m.trainingCostUsd.value,
    selfHostable: m.selfHostable.value ?? false,
    trainsOnPromptsByDefault: m.trainsOnPromptsByDefault.value,
    access: deriveAccessClass({ weightsAccess: m.weightsAccess.value, licence }),
    opennessScore: computeOpennessScore(Object.values(m.openness).map((o) => o.grade)),
    inputUsdPerMTok: cheapest?.inputUsdPerMTok ?? null,
    outputUsdPerMTok: cheapest?.outputUsdPerMTok ?? null,
    blendedUsdPerMTok: cheapest ? blendedUsdPerMTok(cheapest.inputUsdPerMTok, cheapest.outputUsdPerMTok) : null,
    mmluScore: mmlu,
    searchText: [m.name, m.slug, m.family, organizationName, licence.name].join(" ").toLowerCase(),
  };

  const facts: Array<{ field: string; sourceUrl: string | null; sourceTitle: string | null; asOf: Date | null; unknownReason: string | null }> = FACT_FIELDS.flatMap((field) => {
    const f = m[field];
    if (f === undefined) return [];
    const s = source(f.source);
    return [
      {
        field,
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
    sourceUrl: identity?.url ?? null,
    sourceTitle: identity?.title ?? null,
    asOf: identity ? day(identity.asOf) : null,
    unknownReason: null,
  });
  const prices = m.prices.map((p) => ({
    provider: p.provider,
    inputUsdPerMTok: p.inputUsdPerMTok,
    outputUsdPerMTok: p.outputUsdPerMTok,
    effectiveDate: day(p.effectiveDate),
    current: current.has(p),
    sourceUrl: m.sources[p.source]?.url ?? "",
    asOf: day(m.sources[p.source]?.asOf ?? p.effectiveDate),
    note: p.note ?? null,
  }));
  const benchmarks = m.benchmarks.map((b) => ({
    name: b.name,
    setting: b.setting,
    score: b.score,
    asOf: parsePartialDate(b.asOf).date,
    sourceUrl: m.sources[b.source]?.url ?? "",
  }));
  const openness = Object.entries(m.openness).map(([component, o]) => ({
    component,
    grade: o.grade,
    evidenceUrl: o.evidence,
    note: o.note ?? null,
  }));
  const licenceHistory = (m.licenceHistory ?? []).map((c) => ({
    licenceSlug: c.licence,
    fromDate: day(c.from),
    toDate: c.to === null ? null : day(c.to),
    sourceUrl: m.sources[c.source]?.url ?? "",
    note: c.note ?? null,
  }));
  return { model, facts, prices, benchmarks, openness, licenceHistory };
}

/** The most recently published score on a benchmark, or null. */
function latestScore(benchmarks: ModelFile["benchmarks"], name: string): number | null {
  const matching = benchmarks.filter((b) => b.name === name).sort((a, b) => b.asOf.localeCompare(a.asOf));
  return matching[0]?.score ?? null;
}
