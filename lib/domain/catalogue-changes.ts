// What a catalogue load changed, for the change feed: the previous load's
// models against the new files' models, model by model. Pure; the loader
// reads the previous state and writes the records in its transaction.
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import type { ChangeKind } from "@/lib/schemas/vocabulary";

export interface SourceRef {
  url: string;
  title: string | null;
}

export interface PriceSnapshot {
  providerName: string;
  inputUsdPerMTok: number;
  outputUsdPerMTok: number;
  source?: SourceRef;
}

/** The facts the feed follows, for one model. Sources are needed on the new side only. */
export interface ModelSnapshot {
  slug: string;
  name: string;
  organizationSlug: string;
  licenceSlug: string;
  licenceName: string;
  access: string;
  lifecycle: string | null;
  opennessScore: number | null;
  /** Component → grade. */
  grades: Readonly<Record<string, string>>;
  /** Current listings, one per provider (its cheapest). */
  prices: Readonly<Record<string, PriceSnapshot>>;
  sources?: { identity?: SourceRef; licence?: SourceRef; lifecycle?: SourceRef; weightsAccess?: SourceRef; gradeEvidence?: Readonly<Record<string, string>> };
}

type Price = { inputUsdPerMTok: number; outputUsdPerMTok: number };
export interface ChangeRecord {
  kind: ChangeKind;
  modelSlug: string | null;
  modelName: string | null;
  organizationSlug: string | null;
  provider: string | null;
  before: string | number | Price | null;
  after: string | number | Price | null;
  summary: string;
  source: SourceRef | null;
}

const usd = (n: number) => `$${Number(n.toPrecision(6))}`;
const priceText = (p: Price) => `${usd(p.inputUsdPerMTok)} in / ${usd(p.outputUsdPerMTok)} out per 1M tokens`;
const accessText = (a: string) => ACCESS_LABELS[a as keyof typeof ACCESS_LABELS] ?? a;
const scoreText = (s: number | null) => (s === null ? "ungraded" : String(Math.round(s)));

/**
 * The changes from `before` to `after`, in a stable order (by model slug,
 * then kind). `before` null means there was no previous load: the whole
 * catalogue is one "catalogue-created" record, not an "added" per model.
 */
export function diffCatalogues(before: readonly ModelSnapshot[] | null, after: readonly ModelSnapshot[]): ChangeRecord[] {
  if (before === null)
    return [{ kind: "catalogue-created", modelSlug: null, modelName: null, organizationSlug: null, provider: null, before: null, after: after.length, summary: `Catalogue created with ${after.length} models`, source: null }];
  const old = new Map(before.map((m) => [m.slug, m]));
  const now = new Map(after.map((m) => [m.slug, m]));
  const slugs = [...new Set([...old.keys(), ...now.keys()])].sort();
  return slugs.flatMap((slug) => modelChanges(old.get(slug), now.get(slug)));
}

function modelChanges(was: ModelSnapshot | undefined, is: ModelSnapshot | undefined): ChangeRecord[] {
  const about = (m: ModelSnapshot) => ({ modelSlug: m.slug, modelName: m.name, organizationSlug: m.organizationSlug, provider: null });
  if (!was && is) return [{ ...about(is), kind: "model-added", before: null, after: is.name, summary: `${is.name} added to the catalogue`, source: is.sources?.identity ?? null }];
  if (was && !is) return [{ ...about(was), kind: "model-removed", before: was.name, after: null, summary: `${was.name} removed from the catalogue`, source: null }];
  if (!was || !is) return [];

  const changes: ChangeRecord[] = [];
  const record = (kind: ChangeKind, b: ChangeRecord["before"], a: ChangeRecord["after"], summary: string, source: SourceRef | undefined, provider: string | null = null) =>
    changes.push({ ...about(is), provider, kind, before: b, after: a, summary: `${is.name}: ${summary}`, source: source ?? null });

  if (is.lifecycle === "retired" && was.lifecycle !== "retired")
    record("model-retired", was.lifecycle, is.lifecycle, `retired (was ${was.lifecycle ?? "of unknown status"})`, is.sources?.lifecycle);
  if (was.licenceSlug !== is.licenceSlug)
    record("licence-changed", was.licenceSlug, is.licenceSlug, `licence ${was.licenceName} → ${is.licenceName}`, is.sources?.licence);
  if (was.access !== is.access)
    record("access-changed", was.access, is.access, `access ${accessText(was.access)} → ${accessText(is.access)}`, was.licenceSlug !== is.licenceSlug ? is.sources?.licence : is.sources?.weightsAccess);
  const regraded = Object.keys({ ...was.grades, ...is.grades })
    .sort()
    .filter((c) => was.grades[c] !== is.grades[c]);
  if (regraded.length > 0 || was.opennessScore !== is.opennessScore) {
    const detail = regraded.map((c) => `${c} ${was.grades[c] ?? "ungraded"} → ${is.grades[c] ?? "ungraded"}`).join(", ");
    const evidence = regraded.map((c) => is.sources?.gradeEvidence?.[c]).find((url) => url !== undefined);
    record("openness-regraded", was.opennessScore, is.opennessScore, `openness ${scoreText(was.opennessScore)} → ${scoreText(is.opennessScore)}${detail ? ` (${detail})` : ""}`, evidence ? { url: evidence, title: null } : undefined);
  }
  for (const provider of Object.keys({ ...was.prices, ...is.prices }).sort()) {
    const p0 = was.prices[provider];
    const p1 = is.prices[provider];
    const value = (p: PriceSnapshot | undefined) => (p ? { inputUsdPerMTok: p.inputUsdPerMTok, outputUsdPerMTok: p.outputUsdPerMTok } : null);
    if (p0 && p1 && p0.inputUsdPerMTok === p1.inputUsdPerMTok && p0.outputUsdPerMTok === p1.outputUsdPerMTok) continue;
    const name = (p1 ?? p0)?.providerName ?? provider;
    const summary = p0 && p1 ? `${name} price ${priceText(p0)} → ${priceText(p1)}` : p1 ? `now listed by ${name} at ${priceText(p1)}` : `no longer listed by ${name} (was ${priceText(p0!)})`;
    record("price-changed", value(p0), value(p1), summary, p1?.source, provider);
  }
  return changes;
}

type Listing = { provider: string; providerName?: string | null; inputUsdPerMTok: number; outputUsdPerMTok: number; source?: SourceRef };

/** Current listings as one price per provider: its cheapest (blended 3:1), so several listings of one provider read as one. */
export function pricesByProvider(listings: readonly Listing[]): Record<string, PriceSnapshot> {
  const out: Record<string, PriceSnapshot> = {};
  const blended = (p: Price) => 3 * p.inputUsdPerMTok + p.outputUsdPerMTok;
  for (const l of listings) {
    const held = out[l.provider];
    if (held && blended(held) <= blended(l)) continue;
    out[l.provider] = { providerName: l.providerName ?? l.provider, inputUsdPerMTok: l.inputUsdPerMTok, outputUsdPerMTok: l.outputUsdPerMTok, ...(l.source && { source: l.source }) };
  }
  return out;
}

interface RowsLike {
  model: { slug: string; name: string; organizationSlug: string; licenceSlug: string; access: string; lifecycle: string | null; opennessScore: number | null };
  facts: ReadonlyArray<{ field: string; sourceUrl: string | null; sourceTitle: string | null }>;
  sources: ReadonlyArray<{ key: string; url: string; title: string }>;
  prices: ReadonlyArray<{ provider: string; providerName: string; inputUsdPerMTok: number; outputUsdPerMTok: number; current: boolean; sourceKey: string | null; sourceUrl: string }>;
  openness: ReadonlyArray<{ component: string; grade: string; evidenceUrl: string }>;
}

/** A model's snapshot from the rows the loader is about to write (lib/domain/catalogue-rows.ts), with the sources of its facts. */
export function snapshotOfRows(rows: RowsLike, licenceName: string): ModelSnapshot {
  const fact = (field: string): SourceRef | undefined => {
    const f = rows.facts.find((x) => x.field === field);
    return f?.sourceUrl ? { url: f.sourceUrl, title: f.sourceTitle } : undefined;
  };
  const titles = new Map(rows.sources.map((s) => [s.key, s.title]));
  return {
    ...rows.model,
    licenceName,
    grades: Object.fromEntries(rows.openness.map((o) => [o.component, o.grade])),
    prices: pricesByProvider(
      rows.prices
        .filter((p) => p.current)
        .map((p) => ({ ...p, source: { url: p.sourceUrl, title: p.sourceKey ? (titles.get(p.sourceKey) ?? null) : null } })),
    ),
    sources: {
      identity: fact("identity"),
      licence: fact("licence"),
      lifecycle: fact("lifecycle"),
      weightsAccess: fact("weightsAccess"),
      gradeEvidence: Object.fromEntries(rows.openness.map((o) => [o.component, o.evidenceUrl])),
    },
  };
}
