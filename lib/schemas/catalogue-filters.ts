// The catalogue's filters and sorts, one entry each. Everything else is
// derived from this table: the query schema (models-query.ts), the canonical
// URL (lib/domain/catalogue-params.ts), the client's provisional parse, the
// chips and "remove this filter" suggestions (lib/domain/active-filters.ts),
// the OpenAPI parameters (lib/api/openapi.ts, through the schema's
// descriptions), what /api/stats accepts and the database where-builder
// (lib/db/model-where.ts, which type-checks every `where` against Prisma).
// Adding a filter is one entry here plus its tests.
// Zod-free on purpose: the catalogue's first load imports it, and the query
// schema (zod/mini) loads after hydration (README Decisions).
import { ACCESS_LABELS, COMMERCIAL_USE_LABELS, LICENCE_CATEGORY_LABELS, LIFECYCLE_LABELS, MODALITY_LABELS, REVIEW_LABELS } from "./labels";
import { ACCESS_CLASSES, COMMERCIAL_USE, DEFAULT_PAGE_SIZE, LICENCE_CATEGORIES, LIFECYCLE, MAX_PAGE_SIZE, MODALITIES, REVIEW_STATES } from "./vocabulary";

/**
 * How a filter narrows the models, as data: lib/db turns it into a Prisma
 * where and checks `column` (and `via`) against the generated client.
 * `via` names a relation of Model: a to-one relation (`licence`) narrows on
 * the related row; `{ some: "prices", where: { current: true } }` on "at
 * least one related row that also matches `where`" (e.g. served by a provider).
 */
export type Narrowing =
  | { op: "contains"; column: string }
  | { op: "in"; column: string; via?: Via }
  | { op: "equals"; column: string; via?: Via }
  | { op: "gte" | "lte"; column: string; scale?: number }
  | { op: "periodStart" | "periodEnd"; column: string };
export type Via = string | { some: string; where?: Readonly<Record<string, string | number | boolean>> };

interface Common {
  /** For the OpenAPI document (attached to the schema with zod's describe). */
  description: string;
  /** The chip's name: "Access: Closed", "Parameters ≥ 7B". */
  chip: string;
  where: Narrowing;
  /** Whether /api/stats (aggregates over every matching model) accepts it. */
  aggregates: boolean;
}
/** A comma-separated list (repeatable); `values` enumerates it, otherwise items are slugs named by `names`. */
export interface ListFilter extends Common {
  kind: "list";
  values?: readonly [string, ...string[]];
  labels?: Readonly<Record<string, string>>;
}
/** One bound of a numeric range; `pair` is the other bound, which it must not exceed. */
export interface RangeFilter extends Common {
  kind: "range";
  bound: "min" | "max";
  pair: string;
  max: number;
  prefix?: string;
  unit?: string;
}
/** One bound of a date range: YYYY, YYYY-MM or YYYY-MM-DD, inclusive of the whole period. */
export interface DateFilter extends Common {
  kind: "date";
  bound: "min" | "max";
  pair: string;
}
export interface TextFilter extends Common {
  kind: "text";
  maxLength: number;
}
/** true or false. */
export interface BooleanFilter extends Common {
  kind: "boolean";
  labels: { true: string; false: string };
}
export type FilterSpec = ListFilter | RangeFilter | DateFilter | TextFilter | BooleanFilter;

export const CATALOGUE_FILTERS = {
  q: {
    kind: "text",
    maxLength: 200,
    description:
      "Text search over name, slug, family, organisation and licence. Case, and spaces, hyphens and dots between letters or digits, do not matter (gpt4 finds GPT-4); one typo is forgiven in words of 5+ letters; %, _ and \\ match themselves. Without sort, best matches come first.",
    chip: "Search",
    where: { op: "contains", column: "searchText" },
    aggregates: true,
  },
  access: {
    kind: "list",
    values: ACCESS_CLASSES,
    labels: ACCESS_LABELS,
    description: "Comma list of access classes: open-source, open-weights, closed.",
    chip: "Access",
    where: { op: "in", column: "access" },
    aggregates: true,
  },
  licence: {
    kind: "list",
    description: "Comma list of licence slugs (see /api/licences).",
    chip: "Licence",
    where: { op: "in", column: "licenceSlug" },
    aggregates: true,
  },
  licenceCategory: {
    kind: "list",
    values: LICENCE_CATEGORIES,
    labels: LICENCE_CATEGORY_LABELS,
    description: "Comma list of licence categories.",
    chip: "Licence category",
    where: { op: "in", column: "category", via: "licence" },
    aggregates: true,
  },
  commercialUse: {
    kind: "list",
    values: COMMERCIAL_USE,
    labels: COMMERCIAL_USE_LABELS,
    description: "Comma list: yes, conditional, no.",
    chip: "Commercial use",
    where: { op: "in", column: "commercialUse", via: "licence" },
    aggregates: true,
  },
  org: {
    kind: "list",
    description: "Comma list of organisation slugs (see /api/organizations).",
    chip: "Organisation",
    where: { op: "in", column: "organizationSlug" },
    aggregates: true,
  },
  modality: {
    kind: "list",
    values: MODALITIES,
    labels: MODALITY_LABELS,
    description: "Comma list of modalities.",
    chip: "Modality",
    where: { op: "in", column: "modality" },
    aggregates: true,
  },
  minParams: {
    kind: "range",
    bound: "min",
    pair: "maxParams",
    max: 1e5,
    unit: "B",
    description: "Minimum total parameters, in billions.",
    chip: "Parameters ≥",
    where: { op: "gte", column: "parameters", scale: 1e9 },
    aggregates: true,
  },
  maxParams: {
    kind: "range",
    bound: "max",
    pair: "minParams",
    max: 1e5,
    unit: "B",
    description: "Maximum total parameters, in billions.",
    chip: "Parameters ≤",
    where: { op: "lte", column: "parameters", scale: 1e9 },
    aggregates: true,
  },
  minPrice: {
    kind: "range",
    bound: "min",
    pair: "maxPrice",
    max: 1e6,
    prefix: "$",
    description: "Minimum blended price, USD per 1M tokens ((3 × input + output) / 4 of the cheapest current listing). Models without a price are excluded.",
    chip: "Price ≥",
    where: { op: "gte", column: "blendedUsdPerMTok" },
    aggregates: true,
  },
  maxPrice: {
    kind: "range",
    bound: "max",
    pair: "minPrice",
    max: 1e6,
    prefix: "$",
    description: "Maximum blended price, USD per 1M tokens. Models without a price are excluded.",
    chip: "Price ≤",
    where: { op: "lte", column: "blendedUsdPerMTok" },
    aggregates: true,
  },
  releasedFrom: {
    kind: "date",
    bound: "min",
    pair: "releasedTo",
    description: "Released on or after: YYYY, YYYY-MM or YYYY-MM-DD.",
    chip: "Released from",
    where: { op: "periodStart", column: "releaseDate" },
    aggregates: true,
  },
  releasedTo: {
    kind: "date",
    bound: "max",
    pair: "releasedFrom",
    description: "Released on or before: YYYY, YYYY-MM or YYYY-MM-DD (inclusive of the whole period).",
    chip: "Released to",
    where: { op: "periodEnd", column: "releaseDate" },
    aggregates: true,
  },
  selfHostable: {
    kind: "boolean",
    labels: { true: "yes", false: "no" },
    description: "true: only models whose weights you can run yourself; false: only models you cannot.",
    chip: "Self-hostable",
    where: { op: "equals", column: "selfHostable" },
    aggregates: true,
  },
  review: {
    kind: "list",
    values: REVIEW_STATES,
    labels: REVIEW_LABELS,
    description: "Comma list: reviewed (a person checked the model's file), imported (every fact from open datasets, not yet reviewed).",
    chip: "Review",
    where: { op: "in", column: "review" },
    aggregates: true,
  },
  lifecycle: {
    kind: "list",
    values: LIFECYCLE,
    labels: LIFECYCLE_LABELS,
    description: "Comma list: available, deprecated (retirement announced), retired (no longer served). Models whose lifecycle is unknown match none.",
    chip: "Availability",
    where: { op: "in", column: "lifecycle" },
    aggregates: true,
  },
  toolCalling: {
    kind: "boolean",
    labels: { true: "yes", false: "no" },
    description: "true: only models that can call tools (functions); false: only models that cannot. Unknown matches neither.",
    chip: "Tool calling",
    where: { op: "equals", column: "toolCalling" },
    aggregates: true,
  },
  reasoning: {
    kind: "boolean",
    labels: { true: "yes", false: "no" },
    description: "true: only models with a reasoning (thinking) mode; false: only models without. Unknown matches neither.",
    chip: "Reasoning",
    where: { op: "equals", column: "reasoning" },
    aggregates: true,
  },
  minContext: {
    kind: "range",
    bound: "min",
    pair: "maxContext",
    max: 1e8,
    unit: " tokens",
    description: "Minimum context window, in tokens. Models whose context is unknown are excluded.",
    chip: "Context ≥",
    where: { op: "gte", column: "contextLength" },
    aggregates: true,
  },
  maxContext: {
    kind: "range",
    bound: "max",
    pair: "minContext",
    max: 1e8,
    unit: " tokens",
    description: "Maximum context window, in tokens.",
    chip: "Context ≤",
    where: { op: "lte", column: "contextLength" },
    aggregates: true,
  },
  minHosts: {
    kind: "range",
    bound: "min",
    pair: "maxHosts",
    max: 1000,
    description: "Served by at least this many providers (the maker's API and hosts with a current listing).",
    chip: "Providers ≥",
    where: { op: "gte", column: "hostCount" },
    aggregates: true,
  },
  maxHosts: {
    kind: "range",
    bound: "max",
    pair: "minHosts",
    max: 1000,
    description: "Served by at most this many providers.",
    chip: "Providers ≤",
    where: { op: "lte", column: "hostCount" },
    aggregates: true,
  },
  provider: {
    kind: "list",
    description: "Comma list of provider slugs: models that at least one of them serves now (its current listing).",
    chip: "Served by",
    where: { op: "in", column: "provider", via: { some: "prices", where: { current: true } } },
    aggregates: true,
  },
} as const satisfies Record<string, FilterSpec>;

export type FilterName = keyof typeof CATALOGUE_FILTERS;
export const FILTER_NAMES = Object.keys(CATALOGUE_FILTERS) as FilterName[];

/** A filter's parsed value: lists are arrays, ranges numbers, booleans booleans, text and dates strings. */
export type FilterValue<F extends FilterSpec> = F extends { kind: "list"; values: readonly (infer V)[] }
  ? V[]
  : F extends { kind: "list" }
    ? string[]
    : F extends { kind: "range" }
      ? number
      : F extends { kind: "boolean" }
        ? boolean
        : string;
export type CatalogueFilters = { [K in FilterName]?: FilterValue<(typeof CATALOGUE_FILTERS)[K]> };

/** Sorts: the URL name and the Model column it orders by (unknowns last; slug breaks ties). */
export const CATALOGUE_SORTS = {
  name: { column: "name", label: "Name" },
  releaseDate: { column: "releaseDate", label: "Release date" },
  parameters: { column: "parameters", label: "Parameters" },
  price: { column: "blendedUsdPerMTok", label: "Price" },
  openness: { column: "opennessScore", label: "Openness" },
  mmlu: { column: "mmlu", label: "MMLU" },
  contextLength: { column: "contextLength", label: "Context length" },
  hosts: { column: "hostCount", label: "Providers" },
  knowledgeCutoff: { column: "knowledgeCutoff", label: "Knowledge cut-off" },
} as const satisfies Record<string, { column: string; label: string }>;
export type SortField = keyof typeof CATALOGUE_SORTS;
export const SORT_FIELDS = Object.keys(CATALOGUE_SORTS) as [SortField, ...SortField[]];

/** A sort field's label ("Release date"), or undefined for an unknown field. */
export function sortLabel(field: string): string | undefined {
  return Object.hasOwn(CATALOGUE_SORTS, field) ? CATALOGUE_SORTS[field as SortField].label : undefined;
}

/** The parameters that shape a page of rows, not a set of models, in URL order after the filters. */
export const CATALOGUE_CONTROLS = {
  sort: {
    description: `${SORT_FIELDS.join(", ")}; prefix with - for descending. Unknown values sort last.`,
    default: undefined,
    inUrl: true,
    aggregates: false,
  },
  page: { description: "Page number, from 1.", default: 1, inUrl: true, aggregates: false },
  pageSize: { description: `Items per page, 1–${MAX_PAGE_SIZE}.`, default: DEFAULT_PAGE_SIZE, inUrl: true, aggregates: false },
  format: {
    description: "json (one page), csv or ndjson (every matching row, streamed, as a download).",
    default: "json",
    inUrl: false,
    aggregates: false,
  },
} as const;
export type ControlName = keyof typeof CATALOGUE_CONTROLS;
export type ParamName = FilterName | ControlName;

/** The registry entry for a parameter name, or undefined when it is not a filter. */
export function filterSpec(name: string): FilterSpec | undefined {
  return Object.hasOwn(CATALOGUE_FILTERS, name) ? CATALOGUE_FILTERS[name as FilterName] : undefined;
}

/** The parameters /api/stats refuses: they shape a page of rows (or a filter opts out), not the set of models aggregates cover. */
export const NOT_FOR_AGGREGATES: readonly ParamName[] = [
  ...FILTER_NAMES.filter((name) => !(CATALOGUE_FILTERS[name] as FilterSpec).aggregates),
  ...(Object.keys(CATALOGUE_CONTROLS) as ControlName[]).filter((name) => !CATALOGUE_CONTROLS[name].aggregates),
];
