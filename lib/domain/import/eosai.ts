// EOSAI → openness grades on our models. An entry describes a family through
// its end and base model names: an "eosai:<file>" alias names its model,
// otherwise the end model's name resolves by the slug rule against known
// models, and then the base model too. Both get the entry's twelve grades. Entries naming no model we have are listed as unresolved.
// The notes are prose and are not copied; grades and evidence links are data.
import type { ImportedModel } from "@/lib/schemas/imported";
import { EOSAI_PARAMETERS, type EosaiEntry } from "@/lib/schemas/dataset-formats/eosai";
import { OPENNESS_COMPONENTS } from "@/lib/schemas/catalogue";
import { SlugResolver } from "./resolver";
import type { AliasesFile, MappedDataset, Snapshot, SkippedId, UnresolvedListing } from "./types";

const DATASET = "eosai";

/** EOSAI parameter → our component, position for position. */
export const EOSAI_COMPONENTS = Object.fromEntries(EOSAI_PARAMETERS.map((p, i) => [p, OPENNESS_COMPONENTS[i]!])) as Record<
  (typeof EOSAI_PARAMETERS)[number],
  (typeof OPENNESS_COMPONENTS)[number]
>;

export function mapEosai(
  entries: ReadonlyArray<{ file: string; data: EosaiEntry }>,
  source: Snapshot,
  config: { aliases: AliasesFile; knownSlugs: readonly string[] },
): MappedDataset {
  const resolver = new SlugResolver(DATASET, config.aliases, config.knownSlugs);
  const known = new Set(config.knownSlugs);
  const skipped: SkippedId[] = [];
  const unresolved: UnresolvedListing[] = [];
  const models = new Map<string, ImportedModel>();
  let attached = 0;
  for (const { file, data } of entries) {
    const reason = resolver.skipReason(file);
    if (reason) {
      skipped.push({ id: file, reason });
      continue;
    }
    const names = [data.system.endmodelname, data.system.basemodelname].filter((n): n is string => Boolean(n));
    const slugs = new Set<string>();
    const exact = resolver.exact(file);
    if (exact) slugs.add(exact);
    else {
      // The base model counts only as the base of the same model (llama-2-70b
      // under llama-2-70b-chat): a third party's fine-tune or an NVIDIA
      // Nemotron built on Llama 3.3 must not grade Meta's model.
      const end = named(resolver, known, data.system.endmodelname);
      const base = named(resolver, known, data.system.basemodelname);
      if (end) slugs.add(end);
      if (end && base && end.startsWith(`${base}-`)) slugs.add(base);
    }
    if (slugs.size === 0) {
      unresolved.push({ provider: "eosai", listingId: `${data.system.name} (${names.join(" / ")})`, file, reason: "neither its end nor its base model names a model we have" });
      continue;
    }
    for (const slug of slugs) {
      if (models.has(slug)) {
        skipped.push({ id: file, reason: `"${slug}" is already graded by ${models.get(slug)!.ref.file}` });
        continue;
      }
      models.set(slug, entryModel(slug, file, data, source));
      attached++;
    }
  }
  return { models: [...models.values()].sort((a, b) => a.slug.localeCompare(b.slug)), skipped, unresolved, attached };
}

function named(resolver: SlugResolver, known: ReadonlySet<string>, name: string | null | undefined): string | undefined {
  const found = name ? resolver.find(name) : undefined;
  return found && known.has(found.slug) ? found.slug : undefined;
}

function entryModel(slug: string, file: string, data: EosaiEntry, source: Snapshot): ImportedModel {
  const openness: NonNullable<ImportedModel["openness"]> = {};
  for (const parameter of EOSAI_PARAMETERS) {
    const { class: grade, link } = data[parameter];
    openness[EOSAI_COMPONENTS[parameter]] = { grade, evidence: httpsOrNull(link) };
  }
  const release = data.system.releasedate?.trim();
  const model: ImportedModel = {
    slug,
    ref: { dataset: DATASET, commit: source.commit, file, ...(source.url ? { url: source.url } : {}), ...(source.retrievedOn ? { retrievedOn: source.retrievedOn } : {}) },
    datasetId: file.replace(/\.yaml$/, ""),
    name: data.system.name.trim().slice(0, 120),
    releaseDate: release && /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(release) ? release : undefined,
    openness,
    link: httpsOrNull(data.system.link) ?? undefined,
  };
  return Object.fromEntries(Object.entries(model).filter(([, v]) => v !== undefined)) as ImportedModel;
}

function httpsOrNull(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed?.startsWith("https://")) return null;
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    return null;
  }
}
