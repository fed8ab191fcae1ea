// The change feed's write side, used by the catalogue load inside its
// transaction: the loaded catalogue's state before the load, and the change
// records after it. No `server-only`: the command-line scripts load catalogues.
import { pricesByProvider, type ChangeRecord, type ModelSnapshot } from "@/lib/domain/catalogue-changes";
import type { Db } from "./prisma";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Every loaded model as the feed follows it (current listings, openness grades, licence name). */
export async function readSnapshots(tx: Tx): Promise<ModelSnapshot[]> {
  const [models, prices, grades] = await Promise.all([
    tx.model.findMany({
      select: { slug: true, name: true, organizationSlug: true, licenceSlug: true, access: true, lifecycle: true, opennessScore: true, licence: { select: { name: true } } },
    }),
    tx.price.findMany({ where: { current: true }, select: { modelSlug: true, provider: true, providerName: true, inputUsdPerMTok: true, outputUsdPerMTok: true } }),
    tx.opennessGrade.findMany({ select: { modelSlug: true, component: true, grade: true } }),
  ]);
  const group = <T extends { modelSlug: string }>(rows: T[]) => {
    const by = new Map<string, T[]>();
    for (const r of rows) by.set(r.modelSlug, [...(by.get(r.modelSlug) ?? []), r]);
    return by;
  };
  const pricesOf = group(prices);
  const gradesOf = group(grades);
  return models.map(({ licence, ...m }) => ({
    ...m,
    licenceName: licence.name,
    grades: Object.fromEntries((gradesOf.get(m.slug) ?? []).map((g) => [g.component, g.grade])),
    prices: pricesByProvider(pricesOf.get(m.slug) ?? []),
  }));
}

/** Records per statement: well under SQLite's bound-parameter limit (12 columns each). */
const PER_INSERT = 500;

/** Writes the load's change records, each dated with the load's day. */
export async function writeChanges(tx: Tx, loadId: number, day: Date, changes: readonly ChangeRecord[]): Promise<void> {
  const json = (v: ChangeRecord["before"]) => (v === null ? null : JSON.stringify(v));
  const rows = changes.map(({ source, before, after, ...c }) => ({
    ...c,
    loadId,
    day,
    before: json(before),
    after: json(after),
    sourceUrl: source?.url ?? null,
    sourceTitle: source?.title ?? null,
  }));
  for (let i = 0; i < rows.length; i += PER_INSERT) await tx.catalogueChange.createMany({ data: rows.slice(i, i + PER_INSERT) });
}
