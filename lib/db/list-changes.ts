import "server-only";
// The change feed's read side: newest first, optionally one model's or one
// organisation's, memoised per catalogue version (only a load adds changes).
import type { ChangesQuery } from "@/lib/schemas/changes-query";
import type { Change, ChangeList } from "@/lib/schemas/change-response";
import type { ChangeKind } from "@/lib/schemas/vocabulary";
import { catalogueMemo } from "./catalogue-memo";
import { getDb, type Prisma } from "./prisma";

const pages = catalogueMemo<ChangeList>(256);

/** One page of changes, newest first. Callers must not mutate the result. */
export function listChanges(q: ChangesQuery): Promise<ChangeList> {
  return pages(JSON.stringify(q), async () => {
    const { db } = getDb();
    const where: Prisma.CatalogueChangeWhereInput = { ...(q.model && { modelSlug: q.model }), ...(q.org && { organizationSlug: q.org }) };
    const [total, rows] = await Promise.all([
      db.catalogueChange.count({ where }),
      db.catalogueChange.findMany({ where, orderBy: { id: "desc" }, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    ]);
    return { items: rows.map(toChange), total, page: q.page, pageSize: q.pageSize };
  });
}

/** When the newest change matching the query was recorded (the feed's `updated`); with none, when the catalogue was last loaded. */
export async function latestChangeAt(q: Pick<ChangesQuery, "model" | "org">): Promise<Date> {
  const { db } = getDb();
  const where: Prisma.CatalogueChangeWhereInput = { ...(q.model && { modelSlug: q.model }), ...(q.org && { organizationSlug: q.org }) };
  const row = await db.catalogueChange.findFirst({ where, orderBy: { id: "desc" }, select: { load: { select: { loadedAt: true } } } });
  const load = row ? null : await db.catalogueLoad.findFirst({ orderBy: { id: "desc" }, select: { loadedAt: true } });
  return row?.load.loadedAt ?? load?.loadedAt ?? new Date(0);
}

type Row = Prisma.CatalogueChangeGetPayload<object>;

function toChange(r: Row): Change {
  const value = (json: string | null) => (json === null ? null : (JSON.parse(json) as Change["before"]));
  return {
    id: r.id,
    day: r.day.toISOString().slice(0, 10),
    kind: r.kind as ChangeKind,
    model: r.modelSlug === null ? null : { slug: r.modelSlug, name: r.modelName ?? r.modelSlug },
    organization: r.organizationSlug,
    provider: r.provider,
    before: value(r.before),
    after: value(r.after),
    summary: r.summary,
    source: r.sourceUrl === null ? null : { url: r.sourceUrl, title: r.sourceTitle },
  };
}
