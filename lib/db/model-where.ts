import "server-only";
// The filter registry's `where` descriptions (lib/schemas/catalogue-filters.ts)
// as a Prisma where. Columns are checked against the generated client at
// compile time: a registry entry naming a column or relation that does not
// exist fails `tsc` here, not a request at run time.
import { partialDateRange } from "@/lib/domain/dates";
import { normaliseSearchQuery } from "@/lib/domain/search-text";
import {
  CATALOGUE_FILTERS,
  CATALOGUE_SORTS,
  FILTER_NAMES,
  type CatalogueFilters,
  type FilterName,
  type FilterSpec,
  type Narrowing,
  type SortField,
} from "@/lib/schemas/catalogue-filters";
import { likeLiteral } from "./like-literal";
import type { Prisma } from "./prisma";

/** Model's relations a filter may narrow through (`via`), with the related table's columns. */
type RelationColumns = { licence: Prisma.LicenceScalarFieldEnum; prices: Prisma.PriceScalarFieldEnum };
type Target<V> = V extends { some: infer R extends keyof RelationColumns } ? RelationColumns[R] : V extends keyof RelationColumns ? RelationColumns[V] : never;
type ExtraColumnsExist<V> = V extends { where: infer X } ? (keyof X extends Target<V> ? true : false) : true;
type ValidWhere<W> = W extends { via: infer V }
  ? W extends { column: Target<V> }
    ? ExtraColumnsExist<V>
    : false
  : W extends { column: Prisma.ModelScalarFieldEnum }
    ? true
    : false;
type BadFilter = { [K in FilterName]: ValidWhere<(typeof CATALOGUE_FILTERS)[K]["where"]> extends true ? never : K }[FilterName];
type BadSort = { [K in SortField]: (typeof CATALOGUE_SORTS)[K]["column"] extends Prisma.ModelScalarFieldEnum ? never : K }[SortField];
// A type error here names the registry entry whose column is not in the schema.
const registryMatchesSchema: [BadFilter, BadSort] extends [never, never] ? true : { unknownColumnIn: { filter: BadFilter; sort: BadSort } } = true;
void registryMatchesSchema;

/** To-one relations whose rows are memoised (catalogue-memo.ts), with Model's foreign key to them. */
const MEMOISED_RELATIONS = { licence: "licenceSlug" } as const;
export type MemoisedRows = { licence: ReadonlyArray<{ slug: string } & Record<string, unknown>> };

/** One filter's condition on its column. */
function condition(where: Narrowing, value: unknown): Record<string, unknown> {
  switch (where.op) {
    // The text search without its index or typo tier (./search-models.ts resolves it for the app):
    // normalised like the stored text; "%", "_" and backslash match themselves (./like-literal.ts).
    case "contains":
      return { contains: likeLiteral(normaliseSearchQuery(String(value))) };
    case "in":
      return { in: value };
    case "equals":
      return { equals: value };
    case "gte":
    case "lte":
      return { [where.op]: (value as number) * (where.scale ?? 1) };
    case "periodStart":
      return { gte: partialDateRange(value as string).start };
    case "periodEnd":
      return { lte: partialDateRange(value as string).end };
  }
}

/** One filter as a where term: on Model's column, on a to-one relation's row, or on some row of a to-many relation. */
export function narrowingTerm(where: Narrowing, value: unknown): Prisma.ModelWhereInput {
  const onColumn = { [where.column]: condition(where, value) };
  if (!("via" in where) || where.via === undefined) return onColumn;
  return typeof where.via === "string" ? { [where.via]: onColumn } : { [where.via.some]: { some: { ...where.via.where, ...onColumn } } };
}

/**
 * The query's filters as a Prisma where, one AND term per filter in registry
 * order. With `memoised` rows, filters through a memoised to-one relation
 * (licence terms) become one foreign-key list instead of a join.
 */
export function buildModelWhere(q: CatalogueFilters, memoised?: MemoisedRows): Prisma.ModelWhereInput {
  const and: Prisma.ModelWhereInput[] = [];
  const resolved = new Map<keyof MemoisedRows, Array<(row: Record<string, unknown>) => boolean>>();
  for (const name of FILTER_NAMES) {
    const value = q[name];
    if (value === undefined) continue;
    const { where }: FilterSpec = CATALOGUE_FILTERS[name];
    const via = "via" in where ? where.via : undefined;
    if (memoised && typeof via === "string" && via in MEMOISED_RELATIONS) {
      const tests = resolved.get(via as keyof MemoisedRows) ?? [];
      tests.push((row) => (Array.isArray(value) ? (value as unknown[]).includes(row[where.column]) : row[where.column] === value));
      resolved.set(via as keyof MemoisedRows, tests);
    } else and.push(narrowingTerm(where, value));
  }
  for (const [relation, tests] of resolved) {
    const slugs = (memoised?.[relation] ?? []).filter((row) => tests.every((t) => t(row))).map((row) => row.slug);
    and.push({ [MEMOISED_RELATIONS[relation]]: { in: slugs } });
  }
  return and.length ? { AND: and } : {};
}

/** The sort's column and direction (the default is name, ascending); slug ascending breaks ties. */
export function sortKey(sort: string | undefined): { column: (typeof CATALOGUE_SORTS)[SortField]["column"]; direction: "asc" | "desc"; nullable: boolean } {
  const direction = sort?.startsWith("-") ? "desc" : "asc";
  const field = (sort ?? "name").replace(/^-/, "") as SortField;
  const column = CATALOGUE_SORTS[field].column;
  return { column, direction, nullable: !NEVER_NULL_COLUMNS.has(column) };
}

/** Sort columns that are never null: no "unknowns last" split (a null comparison on them is not even valid). */
const NEVER_NULL_COLUMNS = new Set<string>(["name", "hostCount"]);
