// Disagreements to review: an imported value against a reviewed one (the
// reviewed value wins at load; this list is for people), and one dataset's
// price against another's for the same provider and model.
import type { ImportedHost, ImportedModel } from "@/lib/schemas/imported";

/** The reviewed facts an import can disagree with, read tolerantly from a model file. */
export interface ReviewedFacts {
  slug: string;
  organization?: string;
  releaseDate?: string;
  contextLength?: number;
  weightsAccess?: string;
  /** Newest price per provider name, as the reviewed file names it. */
  prices: Array<{ provider: string; inputUsdPerMTok: number; outputUsdPerMTok: number; effectiveDate: string }>;
}

export interface Conflict {
  slug: string;
  field: string;
  value: string;
  /** "dataset file" of the imported value. */
  source: string;
  other: string;
  otherSource: string;
}

/** Context lengths within this share are the same window written two ways (128,000 vs 131,072). */
const CONTEXT_TOLERANCE = 0.05;

/** Reads the facts from a reviewed model file without depending on its exact field names. */
export function reviewedFactsOf(file: Record<string, unknown>): ReviewedFacts {
  const value = (key: string): unknown => {
    const fact = file[key];
    return fact && typeof fact === "object" && "value" in fact ? (fact).value : undefined;
  };
  const context = value("contextLength") ?? value("contextTokens");
  const newest = new Map<string, ReviewedFacts["prices"][number]>();
  for (const p of Array.isArray(file.prices) ? (file.prices as ReviewedFacts["prices"]) : []) {
    const before = newest.get(p.provider);
    if (!before || before.effectiveDate < p.effectiveDate) newest.set(p.provider, p);
  }
  return {
    slug: String(file.slug),
    organization: typeof file.organization === "string" ? file.organization : undefined,
    releaseDate: typeof value("releaseDate") === "string" ? (value("releaseDate") as string) : undefined,
    contextLength: typeof context === "number" ? context : undefined,
    weightsAccess: typeof value("weightsAccess") === "string" ? (value("weightsAccess") as string) : undefined,
    prices: [...newest.values()],
  };
}

export function findConflicts(
  imported: readonly ImportedModel[],
  reviewed: readonly ReviewedFacts[],
  others: readonly ImportedModel[],
  providerNames: ReadonlyMap<string, string>,
): Conflict[] {
  const conflicts: Conflict[] = [];
  const reviewedBySlug = new Map(reviewed.map((r) => [r.slug, r]));
  const othersBySlug = new Map<string, ImportedModel[]>();
  for (const o of others) othersBySlug.set(o.slug, [...(othersBySlug.get(o.slug) ?? []), o]);
  for (const m of imported) {
    const src = `${m.ref.dataset} ${m.ref.file}`;
    const add = (field: string, value: unknown, source: string, other: unknown, otherSource: string) =>
      conflicts.push({ slug: m.slug, field, value: String(value), source, other: String(other), otherSource });
    const r = reviewedBySlug.get(m.slug);
    if (r) {
      const rev = `reviewed models/${m.slug}.json`;
      if (m.organization && r.organization && m.organization !== r.organization) add("organization", m.organization, src, r.organization, rev);
      if (m.releaseDate && r.releaseDate && !m.releaseDate.startsWith(r.releaseDate) && !r.releaseDate.startsWith(m.releaseDate))
        add("releaseDate", m.releaseDate, src, r.releaseDate, rev);
      if (m.contextLength && r.contextLength && Math.abs(m.contextLength - r.contextLength) > CONTEXT_TOLERANCE * r.contextLength)
        add("contextLength", m.contextLength, src, r.contextLength, rev);
      if (m.openWeights !== undefined && r.weightsAccess && m.openWeights !== (r.weightsAccess !== "none"))
        add("openWeights", m.openWeights, src, `weightsAccess ${r.weightsAccess}`, rev);
      for (const price of r.prices) {
        const name = price.provider.toLowerCase();
        const listings = (m.hosts ?? []).filter((h) => h.lifecycle === "available" && (h.provider === name || providerNames.get(h.provider)?.toLowerCase() === name));
        const off = disagreeing(listings, price.inputUsdPerMTok, price.outputUsdPerMTok);
        if (off) {
          add(`price ${off.provider}`, `${off.inputUsdPerMTok} / ${off.outputUsdPerMTok}`, `${m.ref.dataset} ${off.file}`, `${price.inputUsdPerMTok} / ${price.outputUsdPerMTok} (${price.effectiveDate})`, rev);
        }
      }
    }
    for (const o of othersBySlug.get(m.slug) ?? []) {
      const [hostSide, priceSide] = m.hosts ? [m, o] : [o, m];
      for (const provider of new Set((hostSide.hosts ?? []).map((h) => h.provider))) {
        const current = currentPrice(priceSide, provider);
        if (!current) continue;
        const listings = (hostSide.hosts ?? []).filter((h) => h.provider === provider && h.lifecycle === "available");
        const off = disagreeing(listings, current.inputUsdPerMTok, current.outputUsdPerMTok);
        if (!off) continue;
        const hostValue = `${off.inputUsdPerMTok} / ${off.outputUsdPerMTok}`;
        const priceValue = `${current.inputUsdPerMTok} / ${current.outputUsdPerMTok}${current.effectiveDate ? ` (from ${current.effectiveDate})` : ""}`;
        const hostSource = `${hostSide.ref.dataset} ${off.file}`;
        const priceSource = `${priceSide.ref.dataset} ${current.file}`;
        conflicts.push(
          hostSide === m
            ? { slug: m.slug, field: `price ${provider}`, value: hostValue, source: hostSource, other: priceValue, otherSource: priceSource }
            : { slug: m.slug, field: `price ${provider}`, value: priceValue, source: priceSource, other: hostValue, otherSource: hostSource },
        );
      }
    }
  }
  return conflicts;
}

/**
 * A provider may list one model several times (regions, dated ids, fast
 * tiers): the price disagrees only if no priced listing has it. Returns the
 * first priced listing then, else undefined.
 */
function disagreeing(listings: readonly ImportedHost[], input: number, output: number): ImportedHost | undefined {
  const priced = listings.filter((h) => h.inputUsdPerMTok !== null && h.outputUsdPerMTok !== null);
  if (priced.some((h) => same(h.inputUsdPerMTok!, input) && same(h.outputUsdPerMTok!, output))) return undefined;
  return priced[0];
}

function currentPrice(model: ImportedModel, provider: string) {
  const history = (model.prices ?? []).filter((p) => p.provider === provider);
  return history[history.length - 1];
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

