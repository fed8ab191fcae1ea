// models.dev → one ImportedModel per slug. Canonical models (models/<lab>/)
// come first; each provider listing then joins a model through its
// `base_model`, an alias or the slug rule. Open-weights listings that join
// no canonical model become models of their own when at least
// MIN_HOSTS_FOR_NEW_MODEL providers serve them (one host alone is too thin
// to name a model on); every other listing is reported as unresolved.
import type { ImportedHost, ImportedModel } from "@/lib/schemas/imported";
import type { ModelsDevModel, ModelsDevSnapshot } from "@/lib/schemas/dataset-formats/models-dev";
import { inheritBaseModel } from "@/lib/schemas/dataset-formats/models-dev";
import { SlugResolver } from "./resolver";
import { isPointerId, matchKey, quantisationOf } from "./slug";
import { organizationOfLab, organizationOfListing } from "./organizations";
import { modelFacts, mostCommon, type Ref } from "./models-dev-facts";
import { providerIndex, type AliasesFile, type MappedDataset, type ProvidersFile, type Snapshot, type SkippedId, type UnresolvedListing } from "./types";

export const MIN_HOSTS_FOR_NEW_MODEL = 2;
const DATASET = "models.dev";

interface Listing {
  provider: string;
  listingId: string;
  file: string;
  data: ModelsDevModel;
}

export function mapModelsDev(
  snapshot: ModelsDevSnapshot,
  source: Snapshot,
  config: { aliases: AliasesFile; providers: ProvidersFile; reviewedSlugs: readonly string[] },
): MappedDataset {
  const resolver = new SlugResolver(DATASET, config.aliases, config.reviewedSlugs);
  const skipped: SkippedId[] = [];
  const unresolved: UnresolvedListing[] = [];
  const unpriced: SkippedId[] = [];
  const ref = (file: string): Ref => ({ dataset: DATASET, commit: source.commit, file, ...(source.url ? { url: source.url } : {}), ...(source.retrievedOn ? { retrievedOn: source.retrievedOn } : {}) });

  // 1. Canonical models, grouped by slug (dated snapshots join their model).
  const canonical = new Map<string, Array<{ id: string; file: string; data: ModelsDevModel }>>();
  const slugOfCanonical = new Map<string, string>();
  for (const [id, entry] of snapshot.models) {
    const reason = resolver.skipReason(id) ?? (isPointerId(id) ? "pointer id: names whichever model is current" : undefined);
    if (reason) {
      skipped.push({ id, reason });
      continue;
    }
    const { slug } = resolver.resolve(id);
    slugOfCanonical.set(id, slug);
    canonical.set(slug, [...(canonical.get(slug) ?? []), { id, ...entry }]);
  }
  for (const slug of canonical.keys()) resolver.addKnown(slug);

  // 2. Listings of the providers we import; others are skipped with the reason.
  const providers = providerIndex(config.providers, DATASET);
  const hosts = new Map<string, ImportedHost[]>();
  const orphans = new Map<string, Listing[]>();
  let attached = 0;
  const attach = (slug: string, l: Listing) => {
    hosts.set(slug, [...(hosts.get(slug) ?? []), hostOf(l, providers.get(l.provider)!.slug)]);
    attached++;
    if (l.data.cost_unit) unpriced.push({ id: `${l.provider}/${l.listingId}`, reason: `priced per ${l.data.cost_unit}, not per token` });
  };
  for (const [providerId, provider] of [...snapshot.providers].sort(([a], [b]) => a.localeCompare(b))) {
    const providerSkip = resolver.skipReason(`providers/${providerId}`);
    if (providerSkip) {
      skipped.push({ id: `providers/${providerId}`, reason: `${providerSkip} (${provider.listings.size} listings)` });
      continue;
    }
    const known = providers.get(providerId);
    for (const [listingId, entry] of provider.listings) {
      const base = entry.data.base_model;
      const data = inheritBaseModel(entry.data, base ? snapshot.models.get(base)?.data : undefined);
      const l: Listing = { provider: providerId, listingId, file: entry.file, data };
      if (!known) {
        unresolved.push({ provider: providerId, listingId, file: entry.file, reason: "provider not in providers.json" });
        continue;
      }
      const listingSkip = resolver.skipReason(`${providerId}/${listingId}`) ?? (isPointerId(listingId) ? "pointer id: names whichever model is current" : undefined);
      if (listingSkip) {
        skipped.push({ id: `${providerId}/${listingId}`, reason: listingSkip });
        continue;
      }
      if (base && !snapshot.models.has(base)) {
        unresolved.push({ provider: providerId, listingId, file: entry.file, reason: `base_model "${base}" has no file in models/` });
        continue;
      }
      const exact = resolver.exact(`${providerId}/${listingId}`);
      const viaBase = base ? slugOfCanonical.get(base) : undefined;
      if (base && !viaBase && !exact) {
        skipped.push({ id: `${providerId}/${listingId}`, reason: `its base_model "${base}" is skipped` });
        continue;
      }
      const found = exact ?? viaBase ?? resolver.find(listingId)?.slug;
      if (found && canonical.has(found)) attach(found, l);
      else {
        // A reviewed slug or an alias decides the model; otherwise listings group
        // by match key ("qwen-2.5-14b" and "Qwen2.5-14B-Instruct" are one model).
        const key = found ? `=${found}` : matchKey(listingId);
        orphans.set(key, [...(orphans.get(key) ?? []), l]);
      }
    }
  }

  // 3. Models from the canonical files.
  const models: ImportedModel[] = [];
  for (const [slug, entries] of canonical) {
    // The undated, non-"(latest)" file names the model; its snapshots fill gaps.
    entries.sort((a, b) => Number(/latest/i.test(a.data.name ?? "")) - Number(/latest/i.test(b.data.name ?? "")) || a.id.length - b.id.length || a.id.localeCompare(b.id));
    const primary = entries[0]!;
    const lab = primary.id.split("/")[0]!;
    const merged = Object.assign({}, ...entries.slice(1).reverse().map((e) => e.data), primary.data) as ModelsDevModel;
    models.push(modelFacts({ slug, ref: ref(primary.file), datasetId: primary.id, data: merged, organization: organizationOfLab(lab), hosts: hosts.get(slug) ?? [], makerProvider: providers.get(lab)?.slug }));
  }

  // 4. Models no canonical file names: reviewed models and aliases' targets
  // take their listings as they are. A new open-weights model needs the flag
  // from MIN_HOSTS_FOR_NEW_MODEL providers or from its maker's own API. The
  // flag is per listing and hosts disagree on it; once a model qualifies,
  // every listing of it joins.
  const makers = new Set(config.providers.providers.filter((p) => p.kind === "maker").map((p) => p.datasetIds?.[DATASET] ?? p.slug));
  const groups = new Map<string, { decided: boolean; listings: Listing[] }>();
  for (const [key, listings] of orphans) {
    const decided = key.startsWith("=") ? key.slice(1) : undefined;
    const open = listings.filter((l) => l.data.open_weights === true);
    const slug = decided ?? mostCommon((open.length > 0 ? open : listings).map((l) => resolver.resolve(l.listingId).slug))!;
    const group = groups.get(slug) ?? { decided: false, listings: [] };
    group.decided ||= decided !== undefined;
    group.listings.push(...listings);
    groups.set(slug, group);
  }
  for (const [slug, { decided, listings }] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const open = listings.filter((l) => l.data.open_weights === true);
    const servedBy = new Set(open.map((l) => l.provider));
    if (!decided && servedBy.size < MIN_HOSTS_FOR_NEW_MODEL && !open.some((l) => makers.has(l.provider))) {
      const reason = open.length === 0 ? "no canonical model matches and the listing is not open-weights" : `open-weights listing served by ${servedBy.size} provider(s), not its maker; a new model needs ${MIN_HOSTS_FOR_NEW_MODEL}`;
      for (const l of listings) unresolved.push({ provider: l.provider, listingId: l.listingId, file: l.file, reason });
      continue;
    }
    for (const l of listings) attach(slug, l);
    if (open.length === 0) open.push(...listings);
    open.sort((a, b) => a.provider.localeCompare(b.provider) || a.listingId.localeCompare(b.listingId));
    const first = open[0]!;
    const family = mostCommon(open.map((l) => l.data.family));
    const data: ModelsDevModel = {
      ...first.data,
      name: mostCommon(open.map((l) => l.data.name)),
      release_date: mostCommon(open.map((l) => l.data.release_date)),
      knowledge: mostCommon(open.map((l) => l.data.knowledge)),
      limit: undefined,
      benchmarks: undefined,
      status: undefined,
    };
    const model = modelFacts({ slug, ref: ref(first.file), datasetId: `${first.provider}/${first.listingId}`, data, organization: organizationOfListing(first.listingId, slug, family), hosts: hosts.get(slug) ?? [] });
    const context = mostCommon(open.map((l) => l.data.limit?.context || undefined));
    if (context) model.contextLength = context;
    models.push(model);
  }

  models.sort((a, b) => a.slug.localeCompare(b.slug));
  unresolved.sort((a, b) => a.provider.localeCompare(b.provider) || a.listingId.localeCompare(b.listingId));
  return { models, skipped, unresolved, attached, unpriced };
}

function hostOf(l: Listing, provider: string): ImportedHost {
  const cost = l.data.cost;
  const weightsQuant = l.data.weights?.find((w) => w.quantization)?.quantization;
  return {
    provider,
    listingId: l.listingId,
    file: l.file,
    inputUsdPerMTok: cost?.input ?? null,
    outputUsdPerMTok: cost?.output ?? null,
    cachedInputUsdPerMTok: cost?.cache_read ?? null,
    contextLength: positiveInt(l.data.limit?.context),
    maxOutputTokens: positiveInt(l.data.limit?.output),
    quantisation: quantisationOf(l.listingId) ?? (l.data.base_model ? null : (weightsQuant?.toLowerCase() ?? null)),
    lifecycle: l.data.status === "deprecated" ? "deprecated" : "available",
  };
}

function positiveInt(n: number | undefined): number | null {
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : null;
}
