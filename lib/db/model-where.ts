import "server-only";
// The filter registry's `where` descriptions (lib/schemas/catalogue-filters.ts)
// as a Prisma where. Columns are checked against the generated client at
// compile time: a registry entry naming a column or relation that does not
// exist fails `tsc` here, not a request at run time.
import { selfHostPriceBound } from "@/lib/domain/break-even";
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
  type SortSpec,
} from "@/lib/schemas/catalogue-filters";
import { likeLiteral } from "./like-literal";
import type { Prisma } from "./prisma";

/** Model's relations a filter may narrow through (`via`), with the related table's columns. */
type RelationColumns = { licence: Prisma.LicenceScalarFieldEnum; prices: Prisma.PriceScalarFieldEnum };
type Target<V> = V extends { some: infer R extends keyof RelationColumns } ? RelationColumns[R] : V extends keyof RelationColumns ? RelationColumns[V] : never;
type ExtraColumnsExist<V> = V extends { where: infer X } ? (keyof X extends Target<V> ? true : false) : true;
type ValidWhere<W> = W extends { op: "allOf"; terms: infer T }
  ? { [K in keyof T]: T[K] extends { where: infer X } ? ValidWhere<X> : false }[keyof T]
  : W extends { op: "price" | "modifies" }
    ? true
    : W extends { via: infer V }
      ? W extends { column: Target<V> }
        ? ExtraColumnsExist<V>
        : false
      : W extends { column: Prisma.ModelScalarFieldEnum }
        ? true
        : false;
type BadFilter = { [K in FilterName]: ValidWhere<(typeof CATALOGUE_FILTERS)[K]["where"]> extends true ? never : K }[FilterName];
type SortColumns<S> = S extends { ranks: { column: infer R } } ? S extends { column: infer C } ? C | R : never : S extends { column: infer C } ? C : never;
type BadSort = { [K in SortField]: SortColumns<(typeof CATALOGUE_SORTS)[K]> extends Prisma.ModelScalarFieldEnum ? never : K }[SortField];
// A type error here names the registry entry whose column is not in the schema.
const registryMatchesSchema: [BadFilter, BadSort] extends [never, never] ? true : { unknownColumnIn: { filter: BadFilter; sort: BadSort } } = true;
void registryMatchesSchema;

/** To-one relations whose rows are memoised (catalogue-memo.ts), with Model's foreign key to them. */
const MEMOISED_RELATIONS = { licence: "licenceSlug" } as const;
export type MemoisedRows = { licence: ReadonlyArray<{ slug: string } & Record<string, unknown>> };

type ColumnNarrowing = Extract<Narrowing, { column: string }>;

/** One filter's condition on its column. */
function condition(where: ColumnNarrowing, value: unknown): Record<string, unknown> {
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
    case "hasAll":
      // Only reached for one value (narrowingTerm splits lists); the values are a closed vocabulary, no LIKE wildcards.
      return { contains: `,${String(value)},` };
  }
}

/**
 * One filter as a where term: on Model's column, on a to-one relation's row,
 * or on some row of a to-many relation. Price bounds need the whole query
 * (priceIncludesSelfHost, mTokPerMonth): see buildModelWhere.
 */
export function narrowingTerm(where: Narrowing, value: unknown): Prisma.ModelWhereInput {
  switch (where.op) {
    case "allOf": {
      const terms = (value as string[]).flatMap((v) => (Object.hasOwn(where.terms, v) ? [where.terms[v]!] : []));
      return { AND: terms.map((t) => narrowingTerm(t.where, t.value)) };
    }
    case "hasAll":
      return { AND: (value as string[]).map((v) => ({ [where.column]: condition(where, v) })) };
    case "price":
      return priceTerm(where.bound, value as number, undefined);
    case "modifies":
      return {};
    case "in":
      if (where.unknownValue !== undefined && (value as string[]).includes(where.unknownValue)) {
        const known = (value as string[]).filter((v) => v !== where.unknownValue);
        return { OR: [{ [where.column]: null }, ...(known.length ? [{ [where.column]: { in: known } }] : [])] };
      }
  }
  const onColumn = { [where.column]: condition(where, value) };
  if (!("via" in where) || where.via === undefined) return onColumn;
  return typeof where.via === "string" ? { [where.via]: onColumn } : { [where.via.some]: { some: { ...where.via.where, ...onColumn } } };
}

/**
 * A price bound. On the blended API price alone, or, with a volume
 * (priceIncludesSelfHost), on the cheaper of the API price and the
 * self-hosting estimate at that volume: at most X when either is, at least X
 * when every known one is (and one is known). The estimate's bound is
 * selfHostPriceBound's, on the stored rates (lib/domain/break-even.ts).
 */
function priceTerm(bound: "min" | "max", usdPerMTok: number, mTokPerMonth: number | undefined): Prisma.ModelWhereInput {
  const api: Prisma.ModelWhereInput = { blendedUsdPerMTok: bound === "max" ? { lte: usdPerMTok } : { gte: usdPerMTok } };
  if (mTokPerMonth === undefined) return api;
  const limits = selfHostPriceBound(usdPerMTok, mTokPerMonth * 1e6);
  if (bound === "max")
    return {
      OR: [
        api,
        { selfHostUsdPerMTokAtCapacity: { lte: limits.max.usdPerMTokAtCapacityAtMost }, selfHostMinimumMonthlyUsd: { lte: limits.max.minimumMonthlyUsdAtMost } },
      ],
    };
  const selfHostAtLeast: Prisma.ModelWhereInput = {
    OR: [{ selfHostUsdPerMTokAtCapacity: { gte: limits.min.usdPerMTokAtCapacityAtLeast } }, { selfHostMinimumMonthlyUsd: { gte: limits.min.minimumMonthlyUsdAtLeast } }],
  };
  return {
    AND: [
      { OR: [api, { blendedUsdPerMTok: null }] },
      // A zero volume has no price per token: no estimate to bound.
      mTokPerMonth > 0 ? { OR: [selfHostAtLeast, { selfHostUsdPerMTokAtCapacity: null }] } : {},
      { OR: [{ blendedUsdPerMTok: { not: null } }, ...(mTokPerMonth > 0 ? [{ selfHostUsdPerMTokAtCapacity: { not: null } }] : [])] },
    ],
  };
}

/**
 * The query's filters as a Prisma where, one AND term per filter in registry
 * order. With `memoised` rows, filters through a memoised to-one relation
 * (licence terms) become one foreign-key list instead of a join.
 */
export function buildModelWhere(q: CatalogueFilters, memoised?: MemoisedRows): Prisma.ModelWhereInput {
  const and: Prisma.ModelWhereInput[] = [];
  const resolved = new Map<keyof MemoisedRows, Array<(row: Record<string, unknown>) => boolean>>();
  const volume = q.priceIncludesSelfHost === true ? q.mTokPerMonth : undefined;
  for (const name of FILTER_NAMES) {
    const value = q[name];
    if (value === undefined) continue;
    const { where }: FilterSpec = CATALOGUE_FILTERS[name];
    if (where.op === "modifies") continue;
    if (where.op === "price") {
      const term = priceTerm(where.bound, value as number, volume);
      // "Under $X, or self-hostable": the bound binds only models you cannot run yourself.
      and.push(q.priceOrSelfHostable === true ? { OR: [term, { selfHostable: true }] } : term);
      continue;
    }
    const via = "via" in where ? where.via : undefined;
    if (memoised && typeof via === "string" && via in MEMOISED_RELATIONS && "column" in where) {
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

type SortColumn = (typeof CATALOGUE_SORTS)[SortField]["column"];

/** The sort's column and direction (the default is name, ascending); slug ascending breaks ties. */
export function sortKey(sort: string | undefined): { column: SortColumn; direction: "asc" | "desc"; nullable: boolean; ranks?: SortSpec["ranks"] } {
  const direction = sort?.startsWith("-") ? "desc" : "asc";
  const field = (sort ?? "name").replace(/^-/, "") as SortField;
  const spec: SortSpec = CATALOGUE_SORTS[field];
  const column = spec.column as SortColumn;
  return { column, direction, nullable: !NEVER_NULL_COLUMNS.has(column), ...(spec.ranks && { ranks: spec.ranks }) };
}

/** Sort columns that are never null: no "unknowns last" split (a null comparison on them is not even valid). */
const NEVER_NULL_COLUMNS = new Set<string>(["name", "hostCount"]);

/** One stretch of a sorted listing: the rows matching `where`, ordered by `key` (then slug). */
export interface SortSegment {
  where: Prisma.ModelWhereInput;
  key: SortColumn | "slug";
  direction: "asc" | "desc";
}

/**
 * A sort as the stretches it lists, in order, each readable along one
 * (column, slug) index: known values in order, then (for a sort that ranks
 * only values measured alike) the other known values by slug, unranked,
 * then unknowns by slug. NOTE: one ORDER BY with "nulls last" or a
 * rank-first CASE would sort every match; no index serves it.
 */
export function sortSegments(sort: string | undefined): SortSegment[] {
  const { column, direction, nullable, ranks } = sortKey(sort);
  if (!nullable) return [{ where: {}, key: column, direction }];
  const known = { [column]: { not: null } };
  if (!ranks)
    return [
      { where: known, key: column, direction },
      { where: { [column]: null }, key: "slug", direction: "asc" },
    ];
  return [
    { where: { [ranks.column]: ranks.value, ...known }, key: column, direction },
    { where: { ...known, OR: [{ [ranks.column]: null }, { [ranks.column]: { not: ranks.value } }] }, key: "slug", direction: "asc" },
    { where: { [column]: null }, key: "slug", direction: "asc" },
  ];
}
