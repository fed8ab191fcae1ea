// Disagreements to review: an imported value against a reviewed one (the
// reviewed value wins at load; this list is for people), and one dataset's
// price against another's for the same provider and model.
import type { ImportedModel } from "@/lib/schemas/imported";

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
        for (const h of m.hosts ?? []) {
          if (h.provider !== name && providerNames.get(h.provider)?.toLowerCase() !== name) continue;
          if (h.lifecycle !== "available") continue;
          if (h.inputUsdPerMTok !== null && h.inputUsdPerMTok !== price.inputUsdPerMTok)
            add(`price ${h.provider} input`, h.inputUsdPerMTok, `${m.ref.dataset} ${h.file}`, `${price.inputUsdPerMTok} (${price.effectiveDate})`, rev);
          if (h.outputUsdPerMTok !== null && h.outputUsdPerMTok !== price.outputUsdPerMTok)
            add(`price ${h.provider} output`, h.outputUsdPerMTok, `${m.ref.dataset} ${h.file}`, `${price.outputUsdPerMTok} (${price.effectiveDate})`, rev);
        }
      }
    }
    for (const o of othersBySlug.get(m.slug) ?? []) {
      const [hostSide, priceSide] = m.hosts ? [m, o] : [o, m];
      for (const h of hostSide.hosts ?? []) {
        if (h.lifecycle !== "available") continue;
        const current = currentPrice(priceSide, h.provider);
        if (!current) continue;
        const here = `${hostSide.ref.dataset} ${h.file}`;
        const there = `${priceSide.ref.dataset} ${current.file}`;
        if (h.inputUsdPerMTok !== null && !same(h.inputUsdPerMTok, current.inputUsdPerMTok))
          conflicts.push(pair(m.slug, `price ${h.provider} input`, hostSide === m, h.inputUsdPerMTok, current.inputUsdPerMTok, here, there));
        if (h.outputUsdPerMTok !== null && !same(h.outputUsdPerMTok, current.outputUsdPerMTok))
          conflicts.push(pair(m.slug, `price ${h.provider} output`, hostSide === m, h.outputUsdPerMTok, current.outputUsdPerMTok, here, there));
      }
    }
  }
  return conflicts;
}

function currentPrice(model: ImportedModel, provider: string) {
  const history = (model.prices ?? []).filter((p) => p.provider === provider);
  return history[history.length - 1];
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

function pair(slug: string, field: string, hostIsImported: boolean, host: number, price: number, hostSource: string, priceSource: string): Conflict {
  return hostIsImported
    ? { slug, field, value: String(host), source: hostSource, other: String(price), otherSource: priceSource }
    : { slug, field, value: String(price), source: priceSource, other: String(host), otherSource: hostSource };
}
