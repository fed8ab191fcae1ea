// Merges the reviewed model files with what the imported datasets say, fact
// by fact. Precedence: a reviewed fact always wins; among datasets,
// models.dev, then genai-prices, then the European Open Source AI Index —
// except openness, where the index that grades it wins over our own grades.
// Every merged fact keeps its source, and a dataset source names the
// dataset, the commit and the file. Pure: the caller reads the files.
import type { DatasetName, ImportedModel } from "@/lib/schemas/imported";
import { BENCHMARKS, type LicenceAssignmentsFile, type ModelFile, type Openness, type Source } from "@/lib/schemas/catalogue";
import { sizesFromName } from "./parameter-name";

export type ReviewState = "reviewed" | "imported";
export type OpennessGrader = "ours" | "eosai";

/** A model as the catalogue holds it after merging: the reviewed shape, with provenance. */
export interface CatalogueModel extends Omit<ModelFile, "openness"> {
  review: ReviewState;
  openness: Openness | null;
  opennessGradedBy: OpennessGrader | null;
  /** The datasets that contributed at least one fact, in precedence order. */
  importedFrom: DatasetName[];
}

/** What we record about each imported dataset snapshot (prisma/catalogue/datasets.json). */
export interface DatasetSnapshot {
  name: DatasetName;
  /** https://github.com/<owner>/<repo> */
  repository: string;
  /** The day the snapshot was imported (the day we read it). */
  importedOn: string;
}

export interface MergeInput {
  reviewed: Array<{ file: string; data: ModelFile }>;
  imported: Array<{ file: string; data: ImportedModel }>;
  assignments: LicenceAssignmentsFile["assignments"];
  datasets: DatasetSnapshot[];
}

export const UNREVIEWED_OPEN_WEIGHTS = "unreviewed-open-weights";
export const UNREVIEWED_PROPRIETARY = "unreviewed-proprietary";
const DATASET_ORDER: readonly DatasetName[] = ["models.dev", "genai-prices", "eosai"];
const NOT_REVIEWED = "Not in the imported datasets, and not yet reviewed.";

/** Merges reviewed and imported models; `file` names the reviewed file or the first imported one. */
export function mergeCatalogue(input: MergeInput): Array<{ file: string; data: CatalogueModel }> {
  const importsBySlug = new Map<string, Array<{ file: string; data: ImportedModel }>>();
  for (const entry of input.imported) {
    const list = importsBySlug.get(entry.data.slug) ?? [];
    list.push(entry);
    importsBySlug.set(entry.data.slug, list);
  }
  for (const list of importsBySlug.values())
    list.sort((a, b) => DATASET_ORDER.indexOf(a.data.ref.dataset) - DATASET_ORDER.indexOf(b.data.ref.dataset));
  const assignmentBySlug = new Map<string, LicenceAssignmentsFile["assignments"][number]>();
  for (const a of input.assignments) for (const slug of a.slugs) assignmentBySlug.set(slug, a);
  const snapshots = new Map(input.datasets.map((d) => [d.name, d]));

  const merged: Array<{ file: string; data: CatalogueModel }> = [];
  const reviewedSlugs = new Set<string>();
  for (const { file, data } of input.reviewed) {
    reviewedSlugs.add(data.slug);
    merged.push({ file, data: mergeOne(data, importsBySlug.get(data.slug) ?? [], snapshots, undefined) });
  }
  for (const [slug, imports] of [...importsBySlug.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (reviewedSlugs.has(slug)) continue;
    const first = imports[0];
    if (!first) continue;
    merged.push({ file: first.file, data: mergeOne(null, imports, snapshots, assignmentBySlug.get(slug)) });
  }
  return merged;
}

/** The source a dataset's file becomes: its GitHub blob at the imported commit (the model's own file, or another file of the same snapshot). */
export function datasetSource(data: ImportedModel, snapshot: DatasetSnapshot | undefined, file: string = data.ref.file): Source {
  const { dataset, commit } = data.ref;
  const repository = snapshot?.repository ?? "https://github.com";
  // An import from a live URL has no commit: the URL and the day it was read stand for it.
  if (commit === null)
    return { url: data.ref.url ?? repository, title: `${dataset} dataset: ${file}`, asOf: data.ref.retrievedOn ?? snapshot?.importedOn ?? "1970-01-01", kind: "dataset" };
  return {
    url: `${repository}/blob/${commit}/${file.split("/").map(encodeURIComponent).join("/")}`,
    title: `${dataset} dataset: ${file}`,
    asOf: snapshot?.importedOn ?? "1970-01-01",
    kind: "dataset",
    dataset: { name: dataset, commit, file },
  };
}

const sourceKey = (dataset: DatasetName) => `dataset-${dataset.replace(/[^a-z0-9]+/g, "-")}`;

/**
 * A provider's price is sourced to the file that states it (the host's own
 * listing, or the dataset's file for that provider), not to the model's file:
 * one source per provider and dataset, added to `sources` on first use.
 */
function listingSourcer(sources: Record<string, Source>, imports: Array<{ data: ImportedModel }>, snapshots: Map<DatasetName, DatasetSnapshot>) {
  return (dataset: DatasetName, provider: string, file: string): string => {
    const owner = imports.find(({ data }) => data.ref.dataset === dataset)?.data;
    if (!owner || file === owner.ref.file) return sourceKey(dataset);
    const key = `${sourceKey(dataset)}-${provider}`;
    sources[key] ??= datasetSource(owner, snapshots.get(dataset), file);
    return key;
  };
}

type Fact<T> = { value: T; source: string } | { value: null; unknownReason: string; source?: string };

function mergeOne(
  reviewed: ModelFile | null,
  imports: Array<{ file: string; data: ImportedModel }>,
  snapshots: Map<DatasetName, DatasetSnapshot>,
  assignment: LicenceAssignmentsFile["assignments"][number] | undefined,
): CatalogueModel {
  const sources: Record<string, Source> = { ...(reviewed?.sources ?? {}) };
  const used = new Set<DatasetName>();
  for (const { data } of imports) sources[sourceKey(data.ref.dataset)] = datasetSource(data, snapshots.get(data.ref.dataset));
  const sourceOf = listingSourcer(sources, imports, snapshots);

  /** The first dataset (in precedence order) that states a field, as a sourced fact. */
  function imported<T>(pick: (m: ImportedModel) => T | undefined): { value: T; source: string } | undefined {
    for (const { data } of imports) {
      const value = pick(data);
      if (value !== undefined) {
        used.add(data.ref.dataset);
        return { value, source: sourceKey(data.ref.dataset) };
      }
    }
    return undefined;
  }
  /** A reviewed fact if the file states the field (even as a reasoned null); else the datasets'; else unknown. */
  function fact<T>(own: Fact<T> | undefined, pick: (m: ImportedModel) => T | undefined): Fact<T> {
    if (own !== undefined) return own;
    return imported(pick) ?? { value: null, unknownReason: NOT_REVIEWED };
  }
  const optionalFact = <T>(own: Fact<T> | undefined, pick: (m: ImportedModel) => T | undefined): Fact<T> | undefined =>
    own ?? imported(pick);

  /** The first dataset's lifecycle, sourced to the listing that states it (the maker's own) when that is not the model's file. */
  function importedLifecycle(): Fact<NonNullable<ImportedModel["lifecycle"]>> | undefined {
    const found = imports.find(({ data }) => data.lifecycle !== undefined)?.data;
    if (!found?.lifecycle) return undefined;
    used.add(found.ref.dataset);
    const source = found.lifecycleFrom ? sourceOf(found.ref.dataset, found.lifecycleFrom.provider, found.lifecycleFrom.file) : sourceKey(found.ref.dataset);
    return { value: found.lifecycle, source };
  }
  const eosai = imports.find(({ data }) => data.ref.dataset === "eosai" && data.openness !== undefined);
  const indexGrades = eosai ? eosaiOpenness(eosai.data, sources[sourceKey("eosai")]?.url ?? "https://osai-index.eu/") : null;
  if (eosai && indexGrades) used.add("eosai");

  const common = {
    knowledgeCutoff: optionalFact(reviewed?.knowledgeCutoff, (m) => m.knowledgeCutoff),
    maxOutputTokens: optionalFact(reviewed?.maxOutputTokens, (m) => m.maxOutputTokens),
    toolCalling: optionalFact(reviewed?.toolCalling, (m) => m.toolCalling),
    reasoning: optionalFact(reviewed?.reasoning, (m) => m.reasoning),
    structuredOutput: optionalFact(reviewed?.structuredOutput, (m) => m.structuredOutput),
    inputModalities: optionalFact(reviewed?.inputModalities, (m) => (m.inputModalities?.length ? m.inputModalities : undefined)),
    outputModalities: optionalFact(reviewed?.outputModalities, (m) => (m.outputModalities?.length ? m.outputModalities : undefined)),
    lifecycle: reviewed?.lifecycle ?? importedLifecycle(),
  };
  const prices = mergePrices(reviewed?.prices ?? [], imports, snapshots, used, sourceOf);
  const benchmarks = [...(reviewed?.benchmarks ?? []), ...mergeBenchmarks(reviewed?.benchmarks ?? [], imports, sources, used)];

  if (reviewed) {
    const { openness, ...rest } = reviewed;
    const model: CatalogueModel = {
      ...rest,
      ...definedOnly(common),
      prices,
      benchmarks,
      sources,
      review: "reviewed",
      openness: indexGrades ?? openness,
      opennessGradedBy: indexGrades ? "eosai" : "ours",
      importedFrom: [],
    };
    model.importedFrom = DATASET_ORDER.filter((d) => used.has(d));
    return model;
  }

  // An imported-only model: every fact from the datasets or the reviewed licence assignment.
  const first = imports[0]?.data;
  const name = imported((m) => m.name)?.value ?? first?.slug ?? "unknown";
  const sizes = sizesFromName(name);
  const identity = sourceKey(first?.ref.dataset ?? "models.dev");
  if (sizes.total !== null || sizes.active !== null) {
    sources["name"] = { ...(sources[identity] as Source), title: `${sources[identity]?.title ?? "dataset"} (size as stated in the model's name)` };
  }
  if (assignment) sources["licence"] = assignment.source;
  const openWeights = imported((m) => m.openWeights);
  const weightsAccess: Fact<"open" | "gated" | "none"> = assignment
    ? { value: assignment.weightsAccess, source: "licence" }
    : openWeights
      ? { value: openWeights.value ? "open" : "none", source: openWeights.source }
      : { value: null, unknownReason: NOT_REVIEWED };
  const licence = assignment
    ? { value: assignment.licence, source: "licence" }
    : { value: openWeights?.value === false ? UNREVIEWED_PROPRIETARY : UNREVIEWED_OPEN_WEIGHTS, source: openWeights?.source ?? identity };
  const selfHostable: Fact<boolean> =
    weightsAccess.value === null ? { value: null, unknownReason: NOT_REVIEWED } : { value: weightsAccess.value !== "none", source: weightsAccess.source };
  const inputModalities = common.inputModalities?.value ?? null;
  const outputModalities = common.outputModalities?.value ?? null;

  const model: CatalogueModel = {
    slug: first?.slug ?? name,
    name,
    family: imported((m) => m.family)?.value ?? first?.slug ?? "unknown",
    organization: imported((m) => m.organization)?.value ?? "unknown",
    modality: modalityOf(name, inputModalities, outputModalities),
    architecture: "unknown",
    mixtureOfExperts: sizes.active !== null ? true : null,
    identitySource: identity,
    releaseDate: fact(undefined, (m) => m.releaseDate),
    parameters: sizes.total !== null ? { value: sizes.total, source: "name" } : { value: null, unknownReason: NOT_REVIEWED },
    ...(sizes.active !== null ? { activeParameters: { value: sizes.active, source: "name" } } : {}),
    contextLength: fact(undefined, (m) => m.contextLength),
    weightsAccess,
    licence,
    trainingCostUsd: { value: null, unknownReason: NOT_REVIEWED },
    selfHostable,
    trainsOnPromptsByDefault: { value: null, unknownReason: NOT_REVIEWED },
    ...definedOnly(common),
    prices,
    benchmarks,
    sources,
    review: "imported",
    openness: indexGrades,
    opennessGradedBy: indexGrades ? "eosai" : null,
    importedFrom: [],
  };
  model.importedFrom = DATASET_ORDER.filter((d) => used.has(d));
  return model;
}

/** Drops keys whose value is undefined, so optional facts stay absent rather than present-but-undefined. */
function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Reviewed prices win per provider. For a provider the reviewed file does
 * not list, genai-prices' dated history is used if it has one (the only
 * dated feed), else models.dev's current listing, dated by the snapshot.
 * Listing details (context, quantisation, lifecycle) come from models.dev.
 */
function mergePrices(
  reviewed: ModelFile["prices"],
  imports: Array<{ file: string; data: ImportedModel }>,
  snapshots: Map<DatasetName, DatasetSnapshot>,
  used: Set<DatasetName>,
  sourceOf: (dataset: DatasetName, provider: string, file: string) => string,
): ModelFile["prices"] {
  const out: ModelFile["prices"] = [...reviewed];
  const covered = new Set(reviewed.map((p) => p.provider));
  const hosts = new Map<string, NonNullable<ImportedModel["hosts"]>[number] & { dataset: DatasetName }>();
  for (const { data } of imports)
    for (const h of data.hosts ?? []) if (!hosts.has(h.provider)) hosts.set(h.provider, { ...h, dataset: data.ref.dataset });

  const history = new Map<string, Array<NonNullable<ImportedModel["prices"]>[number] & { dataset: DatasetName }>>();
  for (const { data } of imports)
    for (const p of data.prices ?? []) {
      if (covered.has(p.provider)) continue;
      history.set(p.provider, [...(history.get(p.provider) ?? []), { ...p, dataset: data.ref.dataset }]);
    }
  for (const [provider, list] of history) {
    const sorted = [...list].sort((a, b) => (a.effectiveDate ?? "").localeCompare(b.effectiveDate ?? ""));
    const host = hosts.get(provider);
    const firstDated = sorted.find((p) => p.effectiveDate !== null)?.effectiveDate ?? null;
    sorted.forEach((p, i) => {
      used.add(p.dataset);
      // An undated price is the one in force before the first dated change: shown
      // from the day before it (said in the note), or from the snapshot if it is the only one.
      const effectiveDate = p.effectiveDate ?? (firstDated ? dayBefore(firstDated) : (snapshots.get(p.dataset)?.importedOn ?? "1970-01-01"));
      const undatedNote = p.effectiveDate === null
        ? { note: firstDated ? `The dataset gives no start date: in force before ${firstDated}.` : "The dataset gives no start date: in force when the snapshot was taken." }
        : {};
      out.push({
        provider,
        inputUsdPerMTok: p.inputUsdPerMTok,
        outputUsdPerMTok: p.outputUsdPerMTok,
        ...(p.cachedInputUsdPerMTok !== null ? { cachedInputUsdPerMTok: p.cachedInputUsdPerMTok } : {}),
        ...(i === sorted.length - 1 && host ? listingDetails(host) : {}),
        effectiveDate,
        source: sourceOf(p.dataset, provider, p.file),
        ...undatedNote,
      });
    });
    covered.add(provider);
  }
  for (const [provider, h] of hosts) {
    if (covered.has(provider) || h.inputUsdPerMTok === null || h.outputUsdPerMTok === null) continue;
    used.add(h.dataset);
    out.push({
      provider,
      inputUsdPerMTok: h.inputUsdPerMTok,
      outputUsdPerMTok: h.outputUsdPerMTok,
      ...(h.cachedInputUsdPerMTok !== null ? { cachedInputUsdPerMTok: h.cachedInputUsdPerMTok } : {}),
      ...listingDetails(h),
      effectiveDate: snapshots.get(h.dataset)?.importedOn ?? "1970-01-01",
      source: sourceOf(h.dataset, provider, h.file),
      note: `Listing ${h.listingId}; price as first seen in the ${h.dataset} snapshot, not the day it took effect.`,
    });
  }
  return out;
}

function dayBefore(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function listingDetails(h: NonNullable<ImportedModel["hosts"]>[number]) {
  return {
    ...(h.contextLength !== null ? { contextLength: h.contextLength } : {}),
    ...(h.maxOutputTokens !== null ? { maxOutputTokens: h.maxOutputTokens } : {}),
    ...(h.quantisation !== null ? { quantisation: h.quantisation } : {}),
    lifecycle: h.lifecycle,
  };
}

/** A benchmark name reduced to letters and digits, so "SWE-Bench Verified" and "Humanity’s Last Exam" meet our spelling. */
const benchmarkKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
const KNOWN_BENCHMARKS = new Map<string, (typeof BENCHMARKS)[number]>(BENCHMARKS.map((b) => [benchmarkKey(b), b]));

/** Imported scores for benchmarks we track, each citing the maker's publication as its own source. */
function mergeBenchmarks(
  reviewed: ModelFile["benchmarks"],
  imports: Array<{ file: string; data: ImportedModel }>,
  sources: Record<string, Source>,
  used: Set<DatasetName>,
): ModelFile["benchmarks"] {
  const seen = new Set(reviewed.map((b) => `${b.name}|${b.setting ?? ""}`));
  const out: ModelFile["benchmarks"] = [];
  for (const { data } of imports)
    for (const b of data.benchmarks ?? []) {
      // Datasets spell names their own way ("SWE-Bench Verified"); ours is the one stored.
      const name = KNOWN_BENCHMARKS.get(benchmarkKey(b.name));
      const key = `${name}|${b.setting ?? ""}`;
      if (!name || seen.has(key)) continue;
      seen.add(key);
      used.add(data.ref.dataset);
      const ref = `bench-${Object.keys(sources).length}`;
      const dataset = sources[sourceKey(data.ref.dataset)];
      sources[ref] = {
        url: b.url,
        title: `${name} score published by the maker (cited by the ${data.ref.dataset} dataset)`,
        asOf: dataset?.asOf ?? b.asOf,
        kind: "primary",
      };
      out.push({ name, setting: b.setting, score: b.score, publishedOn: b.asOf, source: ref });
    }
  return out;
}

/** The index's grades as our twelve components; a component it does not grade is left out of nothing: all twelve must be present. */
function eosaiOpenness(m: ImportedModel, fallbackEvidence: string): Openness | null {
  const grades = m.openness;
  if (!grades) return null;
  const out: Record<string, Openness[keyof Openness]> = {};
  for (const [component, g] of Object.entries(grades))
    out[component] = { grade: g.grade, evidence: g.evidence ?? m.link ?? fallbackEvidence, ...(g.note ? { note: g.note } : {}) };
  return Object.keys(out).length === 12 ? (out as Openness) : null;
}

/** The catalogue's one modality label, from the dataset's input and output modalities and the name. */
export function modalityOf(name: string, input: readonly string[] | null, output: readonly string[] | null): ModelFile["modality"] {
  if (output?.includes("embeddings") || /embed/i.test(name)) return "embeddings";
  if (output?.includes("image") && !output.includes("text")) return "image";
  if (/coder|codestral|devstral|codex/i.test(name) && (input === null || input.every((i) => i === "text"))) return "code";
  if (input?.some((i) => i !== "text") || output?.some((o) => o !== "text")) return "multimodal";
  return "text";
}
