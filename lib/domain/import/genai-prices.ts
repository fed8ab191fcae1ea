// genai-prices → dated price history per provider, on the models other
// imports and the reviewed files already name (this feed creates no model).
// Dated changes come from `constraint.start_date`; time-of-day discounts
// (start_time/end_time) are not a price change and are left out; tiered
// prices keep their base tier; cached input is `cache_read_mtok`.
import type { ImportedModel, ImportedPrice } from "@/lib/schemas/imported";
import type { GenaiPricesModel, GenaiPricesProvider } from "@/lib/schemas/dataset-formats/genai-prices";
import { matchIds } from "@/lib/schemas/dataset-formats/genai-prices";
import { SlugResolver } from "./resolver";
import { providerIndex, type AliasesFile, type MappedDataset, type ProvidersFile, type Snapshot, type SkippedId, type UnresolvedListing } from "./types";

const DATASET = "genai-prices";

export function mapGenaiPrices(
  providers: ReadonlyArray<{ file: string; data: GenaiPricesProvider }>,
  source: Snapshot,
  config: { aliases: AliasesFile; providers: ProvidersFile; knownSlugs: readonly string[] },
): MappedDataset {
  const resolver = new SlugResolver(DATASET, config.aliases, config.knownSlugs);
  const known = new Set(config.knownSlugs);
  const ours = providerIndex(config.providers, DATASET);
  const skipped: SkippedId[] = [];
  const unresolved: UnresolvedListing[] = [];
  const bySlug = new Map<string, { first: { file: string; id: string }; prices: ImportedPrice[] }>();
  let attached = 0;

  for (const { file, data: provider } of providers) {
    const skip = resolver.skipReason(`providers/${provider.id}`);
    if (skip) {
      skipped.push({ id: `providers/${provider.id}`, reason: `${skip} (${provider.models.length} models)` });
      continue;
    }
    const ourProvider = ours.get(provider.id);
    // Shortest id first: the undated "gpt-4o" sets the price before its dated snapshots.
    for (const model of [...provider.models].sort((a, b) => a.id.length - b.id.length)) {
      if (!ourProvider) {
        unresolved.push({ provider: provider.id, listingId: model.id, file, reason: "provider not in providers.json" });
        continue;
      }
      const reason = resolver.skipReason(`${provider.id}/${model.id}`) ?? borrowedPrice(model);
      if (reason) {
        skipped.push({ id: `${provider.id}/${model.id}`, reason });
        continue;
      }
      const slug = resolveModel(resolver, provider.id, model, known);
      if (!slug) {
        unresolved.push({ provider: provider.id, listingId: model.id, file, reason: "no imported or reviewed model matches" });
        continue;
      }
      const url = provider.pricing_urls?.find((u) => u.startsWith("https://")) ?? null;
      const prices = pricesOf(model, ourProvider.slug, url, file);
      if (prices.length === 0) {
        skipped.push({ id: `${provider.id}/${model.id}`, reason: "no per-token input and output price (priced per request, image or audio)" });
        continue;
      }
      const entry = bySlug.get(slug) ?? { first: { file, id: `${provider.id}/${model.id}` }, prices: [] };
      // Several entries of one provider can match one model (dated ids): the first price per day wins.
      for (const p of prices)
        if (!entry.prices.some((q) => q.provider === p.provider && q.effectiveDate === p.effectiveDate)) entry.prices.push(p);
      bySlug.set(slug, entry);
      attached++;
    }
  }

  const models: ImportedModel[] = [...bySlug]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, { first, prices }]) => ({
      slug,
      ref: { dataset: DATASET, commit: source.commit, file: first.file, ...(source.url ? { url: source.url } : {}), ...(source.retrievedOn ? { retrievedOn: source.retrievedOn } : {}) },
      datasetId: first.id,
      prices: prices.sort((a, b) => a.provider.localeCompare(b.provider) || (a.effectiveDate ?? "").localeCompare(b.effectiveDate ?? "")),
    }));
  return { models, skipped, unresolved, attached };
}

/**
 * A price the dataset says it copied from a router ("Imported from OpenRouter
 * pricing; verify against … when native API pricing is published") is not the
 * provider's own and may not exist at all: OpenAI's file lists gpt-oss that
 * way, though OpenAI sells no gpt-oss API. It is skipped, with the reason.
 */
function borrowedPrice(model: GenaiPricesModel): string | undefined {
  const from = model.price_comments?.match(/imported from ([\w .-]+?) pricing/i)?.[1];
  return from ? `the dataset says this price was copied from ${from}, not published by the provider` : undefined;
}

/** Its id, the id without "-latest", then the ids its match rule names: the first that names a model we have. */
function resolveModel(resolver: SlugResolver, providerId: string, model: GenaiPricesModel, known: ReadonlySet<string>): string | undefined {
  const exact = resolver.exact(`${providerId}/${model.id}`);
  if (exact) return exact;
  for (const id of [model.id, model.id.replace(/-latest$/, ""), ...matchIds(model.match)]) {
    const found = resolver.find(id);
    if (found && known.has(found.slug)) return found.slug;
  }
  return undefined;
}

function pricesOf(model: GenaiPricesModel, provider: string, url: string | null, file: string): ImportedPrice[] {
  const entries = Array.isArray(model.prices) ? model.prices : [{ prices: model.prices }];
  const out: ImportedPrice[] = [];
  for (const entry of entries) {
    const constraint = "constraint" in entry ? entry.constraint : undefined;
    if (constraint?.start_time !== undefined || constraint?.end_time !== undefined) continue;
    const input = base(entry.prices.input_mtok);
    const output = base(entry.prices.output_mtok);
    if (input === undefined || output === undefined) continue;
    out.push({
      provider,
      inputUsdPerMTok: input,
      outputUsdPerMTok: output,
      cachedInputUsdPerMTok: base(entry.prices.cache_read_mtok) ?? null,
      effectiveDate: constraint?.start_date?.slice(0, 10) ?? null,
      url,
      file,
    });
  }
  return out;
}

function base(value: number | { base: number } | undefined): number | undefined {
  return typeof value === "number" ? value : value?.base;
}
