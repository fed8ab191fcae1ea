// A models.dev model file's facts in our field names, in the key order of
// importedModelSchema (so a re-import writes byte-identical files).
import type { ImportedHost, ImportedModel } from "@/lib/schemas/imported";
import type { ModelsDevModel } from "@/lib/schemas/dataset-formats/models-dev";
import { INPUT_MODALITIES, OUTPUT_MODALITIES } from "@/lib/schemas/imported";
import { autoSlug } from "./slug";
import { isMakerPublication } from "./organizations";

export type Ref = ImportedModel["ref"];

export function modelFacts(input: {
  slug: string;
  ref: Ref;
  datasetId: string;
  data: ModelsDevModel;
  organization: string | undefined;
  hosts: ImportedHost[];
  /** Our slug for the lab's own API, when models.dev lists it as a provider. */
  makerProvider?: string;
}): ImportedModel {
  const { data } = input;
  const family = data.family ? autoSlug(data.family) : undefined;
  const weightsUrl = data.weights?.map((w) => w.url).find((u) => u.startsWith("https://"));
  const hosts = [...input.hosts].sort((a, b) => a.provider.localeCompare(b.provider) || a.listingId.localeCompare(b.listingId));
  const model: ImportedModel = {
    slug: input.slug,
    ref: input.ref,
    datasetId: input.datasetId,
    name: data.name?.replace(/\s*\(latest\)\s*$/i, "").trim() || undefined,
    organization: input.organization,
    family: family || undefined,
    releaseDate: data.release_date,
    knowledgeCutoff: data.knowledge?.slice(0, 7),
    openWeights: data.open_weights,
    weightsUrl,
    contextLength: positive(data.limit?.context),
    maxOutputTokens: positive(data.limit?.output),
    inputModalities: data.modalities?.input?.filter((m) => (INPUT_MODALITIES as readonly string[]).includes(m)),
    outputModalities: data.modalities?.output?.filter((m) => (OUTPUT_MODALITIES as readonly string[]).includes(m)) as ImportedModel["outputModalities"],
    toolCalling: data.tool_call,
    reasoning: data.reasoning,
    structuredOutput: data.structured_output,
    ...lifecycleOf(data, hosts, input.makerProvider),
    hosts: hosts.length > 0 ? hosts : undefined,
    benchmarks: makerBenchmarks(data, input.organization),
  };
  return dropUndefined(model);
}

/**
 * models.dev marks deprecation on listings, not on model files: a model is
 * deprecated when its maker's own API lists it and every such listing is
 * deprecated (a host winding down its copy says nothing of the model).
 */
function lifecycleOf(data: ModelsDevModel, hosts: readonly ImportedHost[], maker: string | undefined): Pick<ImportedModel, "lifecycle" | "lifecycleFrom"> {
  if (data.status === "deprecated") return { lifecycle: "deprecated" };
  const own = hosts.filter((h) => h.provider === maker);
  if (own.length === 0 || !own.every((h) => h.lifecycle === "deprecated")) return {};
  return { lifecycle: "deprecated", lifecycleFrom: { provider: own[0]!.provider, file: own[0]!.file } };
}

/**
 * Only scores the maker itself published (see isMakerPublication); leaderboards
 * are left out. An undated score from the maker's model card takes the
 * month the model was released, when the card was published.
 */
function makerBenchmarks(data: ModelsDevModel, org: string | undefined): ImportedModel["benchmarks"] {
  const out: NonNullable<ImportedModel["benchmarks"]> = [];
  for (const b of data.benchmarks ?? []) {
    const score = typeof b.score === "number" ? b.score : Number.parseFloat(b.score);
    const asOf = b.date ?? data.release_date?.slice(0, 7);
    if (!b.source || !asOf || !Number.isFinite(score) || score < 0 || score > 100) continue;
    if (!isMakerPublication(b.source, org)) continue;
    const setting = [b.metric, b.variant, b.dataset].filter(Boolean).join(", ").slice(0, 80);
    out.push({ name: b.name.slice(0, 80), setting: setting || null, score, asOf, url: b.source });
  }
  out.sort((a, b) => a.name.localeCompare(b.name) || (a.setting ?? "").localeCompare(b.setting ?? ""));
  return out.length > 0 ? out : undefined;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The most frequent defined value (first seen wins a tie). */
export function mostCommon<T>(values: Array<T | undefined>): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
