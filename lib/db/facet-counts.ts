import "server-only";
// How many models each value of a facet filter would keep, given the other
// active filters: the numbers beside the catalogue's checkboxes. The usual
// rule: an any-of facet (access, licence…) is counted with every filter but
// its own, so its other values keep their counts when one is ticked; an
// all-of facet (capabilities, inputs) is counted with its own too, so a
// count is what ticking that box would leave. Each facet is one GROUP BY
// on its column(s), along the column's index; facets whose where and columns
// coincide share one; answers are memoised per catalogue version.
import { FACET_FILTERS, CATALOGUE_FILTERS, type FilterName, type FilterSpec, type Narrowing } from "@/lib/schemas/catalogue-filters";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import type { FacetCounts } from "@/lib/schemas/facets-response";
import { catalogueMemo, referenceRows } from "./catalogue-memo";
import { buildModelWhere, type MemoisedRows } from "./model-where";
import { getDb, type Prisma } from "./prisma";

type Row = Record<string, unknown> & { _count: { _all: number } };
type Licences = Map<string, Record<string, unknown>>;

/** The Model columns a narrowing reads (a licence term is read through the model's licenceSlug). */
function columnsOf(where: Narrowing): string[] {
  switch (where.op) {
    case "allOf":
      return [...new Set(Object.values(where.terms).flatMap((t) => columnsOf(t.where)))];
    case "price":
    case "modifies":
      return [];
    default:
      return "via" in where && where.via !== undefined ? ["licenceSlug"] : [where.column];
  }
}

/** Whether one grouped row has `value` of the facet (the registry's narrowing, evaluated on the row). */
function matches(where: Narrowing, value: unknown, row: Row, licences: Licences): boolean {
  switch (where.op) {
    case "allOf": {
      const term = Object.hasOwn(where.terms, String(value)) ? where.terms[String(value)] : undefined;
      return term !== undefined && matches(term.where, term.value, row, licences);
    }
    case "hasAll":
      return (Array.isArray(value) ? value : [value]).every((v) => typeof row[where.column] === "string" && (row[where.column] as string).includes(`,${String(v)},`));
    case "in":
    case "equals": {
      const source = "via" in where && where.via !== undefined ? licences.get(String(row.licenceSlug)) : row;
      const actual = source?.[where.column] ?? null;
      if (where.op === "in" && where.unknownValue !== undefined && value === where.unknownValue) return actual === null;
      return actual === value;
    }
    default:
      return false;
  }
}

/** The values a facet counts: its vocabulary, true/false, or the slugs found in the rows (licences, organisations). */
function valuesOf(f: FilterSpec, rows: Row[]): Array<{ key: string; value: unknown }> {
  if (f.kind === "boolean") return [{ key: "true", value: true }, { key: "false", value: false }];
  if (f.kind === "list" && f.values) return f.values.map((v) => ({ key: v, value: v }));
  const column = "column" in f.where ? f.where.column : "";
  return [...new Set(rows.map((r) => r[column]).filter((v): v is string => typeof v === "string"))].map((v) => ({ key: v, value: v }));
}

/** The where a facet is counted under: every filter but its own for an any-of facet. */
function facetQuery(q: ModelsQuery, name: FilterName): ModelsQuery {
  const f: FilterSpec = CATALOGUE_FILTERS[name];
  return f.kind === "list" && f.match === "all" ? q : { ...q, [name]: undefined };
}

/** The counts read from the database, past the memo (what a new filter set costs; the benchmark times it). */
export async function readFacets(q: ModelsQuery): Promise<FacetCounts> {
  const { licences } = await referenceRows();
  const memoised: MemoisedRows = { licence: [...licences.values()] };
  const plans = FACET_FILTERS.map((name) => {
    const where = buildModelWhere(facetQuery(q, name), memoised);
    return { name, where, key: JSON.stringify(where), columns: columnsOf(CATALOGUE_FILTERS[name].where) };
  });
  // One GROUP BY per distinct where and column set; a set inside a wider one under the same where reuses it.
  const groups = new Map<string, { where: Prisma.ModelWhereInput; columns: string[] }>();
  const groupOf = (plan: (typeof plans)[number]) => {
    const wider = [...groups.entries()].find(([k, g]) => k.startsWith(`${plan.key}|`) && plan.columns.every((c) => g.columns.includes(c)));
    if (wider) return wider[0];
    const key = `${plan.key}|${plan.columns.join(",")}`;
    groups.set(key, { where: plan.where, columns: plan.columns });
    return key;
  };
  // Widest column sets first, so narrower ones can reuse them.
  const assigned = [...plans].sort((a, b) => b.columns.length - a.columns.length).map((plan) => ({ plan, group: groupOf(plan) }));
  const { db } = getDb();
  const rowsByGroup = new Map(
    await Promise.all(
      [...groups.entries()].map(async ([key, g]) => {
        // NOTE: groupBy's `by` is typed per column literal; the registry's columns are checked in model-where.ts.
        const rows = (await db.model.groupBy({ by: g.columns as Prisma.ModelScalarFieldEnum[], where: g.where, _count: { _all: true } })) as unknown as Row[];
        return [key, rows] as const;
      }),
    ),
  );
  const facets: FacetCounts["facets"] = {};
  for (const { plan, group } of assigned) {
    const rows = rowsByGroup.get(group) ?? [];
    const f: FilterSpec = CATALOGUE_FILTERS[plan.name];
    facets[plan.name] = Object.fromEntries(
      valuesOf(f, rows).map(({ key, value }) => [key, rows.reduce((n, r) => n + (matches(f.where, value, r, licences) ? r._count._all : 0), 0)]),
    );
  }
  return { facets };
}

// A few kB per filter set; the catalogue page asks once per change of filters.
const memo = catalogueMemo<FacetCounts>(512);

/** Counts per value of every facet filter, under the query's other filters (sort and paging ignored). */
export function countFacets(q: ModelsQuery): Promise<FacetCounts> {
  const filters = Object.fromEntries(Object.entries(q).filter(([k]) => k !== "sort" && k !== "page" && k !== "pageSize" && k !== "format"));
  return memo(JSON.stringify(filters), () => readFacets(q));
}
