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
import {
  ACCESS_LABELS,
  CAPABILITY_LABELS,
  COMMERCIAL_USE_FILTER_LABELS,
  INPUT_MODALITY_LABELS,
  LICENCE_CATEGORY_LABELS,
  LIFECYCLE_FILTER_LABELS,
  MODALITY_LABELS,
  REVIEW_LABELS,
} from "./labels";
import {
  ACCESS_CLASSES,
  CAPABILITIES,
  COMMERCIAL_USE,
  DEFAULT_PAGE_SIZE,
  INPUT_MODALITIES,
  LICENCE_CATEGORIES,
  LIFECYCLE,
  MAX_PAGE_SIZE,
  MODALITIES,
  REVIEW_STATES,
} from "./vocabulary";

/**
 * How a filter narrows the models, as data: lib/db turns it into a Prisma
 * where and checks every `column` (and `via`) against the generated client.
 * `via` names a relation of Model: a to-one relation (`licence`) narrows on
 * the related row; `{ some: "prices", where: { current: true } }` on "at
 * least one related row that also matches `where`" (e.g. served by a provider).
 */
export type Narrowing =
  | { op: "contains"; column: string }
  /** Any of the values; `unknownValue` is the list item that matches an unknown (null) column. */
  | { op: "in"; column: string; via?: Via; unknownValue?: string }
  | { op: "equals"; column: string; via?: Via }
  | { op: "gte" | "lte"; column: string; scale?: number }
  | { op: "periodStart" | "periodEnd"; column: string }
  /** A comma-wrapped list column (",text,image,") that holds every value. */
  | { op: "hasAll"; column: string }
  /** Every chosen value's own term (each value names one). */
  | { op: "allOf"; terms: Readonly<Record<string, Term>> }
  /** A price bound: on the API price, or (with priceIncludesSelfHost) on the cheaper of it and self-hosting at the volume. */
  | { op: "price"; bound: "min" | "max" }
  /** Narrows nothing itself: it changes how the filters it names narrow. */
  | { op: "modifies"; filters: readonly string[] };
export type Via = string | { some: string; where?: Readonly<Record<string, string | number | boolean>> };
/** A fixed condition one list value stands for (capabilities: "tool-calling" is toolCalling = true). */
export interface Term {
  where: Narrowing;
  value: string | number | boolean | readonly string[];
}

interface Common {
  /** For the OpenAPI document (attached to the schema with zod's describe). */
  description: string;
  /** The chip's name: "Access: Closed", "Parameters ≥ 7B". */
  chip: string;
  where: Narrowing;
  /** Whether /api/stats (aggregates over every matching model) accepts it. */
  aggregates: boolean;
  /** Whether the catalogue shows how many models each of its values would keep (GET /api/facets). */
  facet?: boolean;
  /** Another filter this one needs (a boolean one must be true): e.g. a volume only means something with the self-hosting price. */
  requires?: string;
}
/**
 * A comma-separated list (repeatable); `values` enumerates it, otherwise items are slugs named by `names`.
 * `match` "any" keeps models with any of the values (the default), "all" those with every one.
 * `pageDefault` is what /models applies when the URL does not give the filter (the API applies nothing).
 */
export interface ListFilter extends Common {
  kind: "list";
  values?: readonly [string, ...string[]];
  labels?: Readonly<Record<string, string>>;
  match?: "any" | "all";
  pageDefault?: readonly string[];
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
/** A number on its own (not a bound); `suggested` is what the page offers first. */
export interface NumberFilter extends Common {
  kind: "number";
  max: number;
  unit?: string;
  suggested?: number;
}
/** One bound of a date range: YYYY, YYYY-MM or YYYY-MM-DD (or only YYYY / YYYY-MM for month precision), inclusive of the whole period. */
export interface DateFilter extends Common {
  kind: "date";
  bound: "min" | "max";
  pair?: string;
  precision?: "month";
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
export type FilterSpec = ListFilter | RangeFilter | NumberFilter | DateFilter | TextFilter | BooleanFilter;

/** A capability that is an input the model takes (vision: images). */
const onInputs = (modality: string) => ({ where: { op: "hasAll", column: "inputModalities" }, value: [modality] }) as const satisfies Term;

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
    facet: true,
  },
  licence: {
    kind: "list",
    description: "Comma list of licence slugs (see /api/licences).",
    chip: "Licence",
    where: { op: "in", column: "licenceSlug" },
    aggregates: true,
    facet: true,
  },
  licenceCategory: {
    kind: "list",
    values: LICENCE_CATEGORIES,
    labels: LICENCE_CATEGORY_LABELS,
    description: "Comma list of licence categories.",
    chip: "Licence category",
    where: { op: "in", column: "category", via: "licence" },
    aggregates: true,
    facet: true,
  },
  commercialUse: {
    kind: "list",
    values: COMMERCIAL_USE,
    labels: COMMERCIAL_USE_FILTER_LABELS,
    description:
      "Comma list of the licence's answer on commercial use: yes (allowed with no conditions such as user caps, revenue limits or naming rules), conditional, no. Says nothing about forbidden uses (see useRestrictions); licences whose terms are not reviewed match none.",
    chip: "Commercial use",
    where: { op: "in", column: "commercialUse", via: "licence" },
    aggregates: true,
    facet: true,
  },
  useRestrictions: {
    kind: "boolean",
    labels: { true: "some uses forbidden", false: "none (no forbidden-use list or acceptable-use policy)" },
    description:
      "false: only models whose licence forbids no uses (no forbidden-use list, no acceptable-use policy); true: only those whose licence or policy forbids some. Unknown terms match neither.",
    chip: "Use restrictions",
    where: { op: "equals", column: "useRestrictions", via: "licence" },
    aggregates: true,
    facet: true,
  },
  org: {
    kind: "list",
    description: "Comma list of organisation slugs (see /api/organizations).",
    chip: "Organisation",
    where: { op: "in", column: "organizationSlug" },
    aggregates: true,
    facet: true,
  },
  modality: {
    kind: "list",
    values: MODALITIES,
    labels: MODALITY_LABELS,
    description: "Comma list of modalities.",
    chip: "Modality",
    where: { op: "in", column: "modality" },
    aggregates: true,
    facet: true,
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
    description:
      "Minimum price, USD per 1M tokens: the blended API price ((3 × input + output) / 4 of the cheapest current listing), or with priceIncludesSelfHost=true the cheaper of it and the self-hosting estimate at mTokPerMonth. Models with neither are excluded.",
    chip: "Price ≥",
    where: { op: "price", bound: "min" },
    aggregates: true,
  },
  maxPrice: {
    kind: "range",
    bound: "max",
    pair: "minPrice",
    max: 1e6,
    prefix: "$",
    description:
      "Maximum price, USD per 1M tokens: the blended API price, or with priceIncludesSelfHost=true the cheaper of it and the self-hosting estimate at mTokPerMonth. Models with neither are excluded.",
    chip: "Price ≤",
    where: { op: "price", bound: "max" },
    aggregates: true,
  },
  priceIncludesSelfHost: {
    kind: "boolean",
    labels: { true: "cheaper of API and self-hosting", false: "API only" },
    description:
      "true: minPrice/maxPrice (and the price the catalogue shows) take the cheaper of the blended API price and the self-hosting estimate (the cheapest GPU of the calculator's table at the highest precision that fits one 8-GPU server, 50% utilisation, on-demand rental) at mTokPerMonth, which is then required. Only models whose weights can be self-hosted have an estimate.",
    chip: "Price",
    where: { op: "modifies", filters: ["minPrice", "maxPrice"] },
    aggregates: true,
    requires: "mTokPerMonth",
  },
  mTokPerMonth: {
    kind: "number",
    max: 1_000_000,
    unit: "M tokens a month",
    // The compare calculator's default volume: 50M input + 10M output tokens.
    suggested: 60,
    description: "Monthly volume (input + output) in millions of tokens, for the self-hosting estimate; only with priceIncludesSelfHost=true. Self-hosting pays for at least one always-on server, so its price per token falls as the volume grows.",
    chip: "Volume",
    where: { op: "modifies", filters: ["minPrice", "maxPrice"] },
    aggregates: true,
    requires: "priceIncludesSelfHost",
  },
  priceOrSelfHostable: {
    kind: "boolean",
    labels: { true: "or self-hostable, at any price", false: "applies to every model" },
    description:
      "true: minPrice/maxPrice apply only to models you cannot self-host; every model whose weights you can run yourself passes them, priced or not. \"Under $1 per 1M tokens or self-hostable\" is maxPrice=1&priceOrSelfHostable=true. Without a price bound it changes nothing.",
    chip: "Price bound",
    where: { op: "modifies", filters: ["minPrice", "maxPrice"] },
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
  knowledgeFrom: {
    kind: "date",
    bound: "min",
    precision: "month",
    description: "Knowledge cut-off on or after: YYYY or YYYY-MM. A cut-off known only to the year counts from January. Models whose cut-off is unknown are excluded.",
    chip: "Knowledge from",
    where: { op: "periodStart", column: "knowledgeCutoff" },
    aggregates: true,
  },
  selfHostable: {
    kind: "boolean",
    labels: { true: "yes", false: "no" },
    description: "true: only models whose weights you can run yourself; false: only models you cannot.",
    chip: "Self-hostable",
    where: { op: "equals", column: "selfHostable" },
    aggregates: true,
    facet: true,
  },
  review: {
    kind: "list",
    values: REVIEW_STATES,
    labels: REVIEW_LABELS,
    description: "Comma list: reviewed (a person checked the model's file), imported (every fact from open datasets, not yet reviewed).",
    chip: "Review",
    where: { op: "in", column: "review" },
    aggregates: true,
    facet: true,
  },
  lifecycle: {
    kind: "list",
    values: [...LIFECYCLE, "unknown"],
    labels: LIFECYCLE_FILTER_LABELS,
    description:
      "Comma list: available, deprecated (retirement announced), retired (no longer served), unknown (no source says). The API applies none unless given; the /models page shows available, deprecated and unknown unless the URL says otherwise.",
    chip: "Availability",
    where: { op: "in", column: "lifecycle", unknownValue: "unknown" },
    aggregates: true,
    facet: true,
    pageDefault: ["available", "deprecated", "unknown"],
  },
  capabilities: {
    kind: "list",
    values: CAPABILITIES,
    labels: CAPABILITY_LABELS,
    match: "all",
    description:
      "Comma list of capabilities a model must all have: tool-calling, reasoning (a thinking mode), structured-output, vision (takes images), audio (takes audio). Unknown is not a yes: a model whose capability is unknown does not match.",
    chip: "Can do",
    where: {
      op: "allOf",
      terms: {
        "tool-calling": { where: { op: "equals", column: "toolCalling" }, value: true },
        reasoning: { where: { op: "equals", column: "reasoning" }, value: true },
        "structured-output": { where: { op: "equals", column: "structuredOutput" }, value: true },
        vision: onInputs("image"),
        audio: onInputs("audio"),
      },
    },
    aggregates: true,
    facet: true,
  },
  inputModalities: {
    kind: "list",
    values: INPUT_MODALITIES,
    labels: INPUT_MODALITY_LABELS,
    match: "all",
    description: "Comma list of inputs a model must all accept: text, image, audio, video, pdf. Models whose inputs are unknown do not match.",
    chip: "Takes",
    where: { op: "hasAll", column: "inputModalities" },
    aggregates: true,
    facet: true,
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
    : F extends { kind: "range" | "number" }
      ? number
      : F extends { kind: "boolean" }
        ? boolean
        : string;
export type CatalogueFilters = { [K in FilterName]?: FilterValue<(typeof CATALOGUE_FILTERS)[K]> };

/**
 * Sorts: the URL name and the Model column it orders by (unknowns last; slug
 * breaks ties). `ranks` limits the ranking to values measured alike: only
 * rows whose `column` equals `value` are ranked; the others with a value are
 * listed after them (by slug, unranked), then the unknowns.
 */
export interface SortSpec {
  column: string;
  label: string;
  ranks?: { column: string; value: string; note: string };
}
export const CATALOGUE_SORTS = {
  name: { column: "name", label: "Name" },
  releaseDate: { column: "releaseDate", label: "Release date" },
  parameters: { column: "parameters", label: "Parameters" },
  price: { column: "blendedUsdPerMTok", label: "Price" },
  openness: { column: "opennessScore", label: "Openness" },
  mmlu: {
    column: "mmlu",
    label: "MMLU",
    ranks: {
      column: "mmluSetting",
      value: "5-shot",
      note: "Ranks 5-shot MMLU scores only; scores measured another way (0-shot chain-of-thought, pass@1…) follow, unranked, then models without a score.",
    },
  },
  contextLength: { column: "contextLength", label: "Context length" },
  hosts: { column: "hostCount", label: "Providers" },
  knowledgeCutoff: { column: "knowledgeCutoff", label: "Knowledge cut-off" },
} as const satisfies Record<string, SortSpec>;
export type SortField = keyof typeof CATALOGUE_SORTS;
export const SORT_FIELDS = Object.keys(CATALOGUE_SORTS) as [SortField, ...SortField[]];

/** A sort's entry, or undefined for an unknown field. */
export function sortSpec(field: string): SortSpec | undefined {
  return Object.hasOwn(CATALOGUE_SORTS, field) ? CATALOGUE_SORTS[field as SortField] : undefined;
}

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

/** The filters /models applies when its URL does not give them (the API applies none). */
export const PAGE_DEFAULTS: Readonly<Partial<Record<FilterName, readonly string[]>>> = Object.fromEntries(
  FILTER_NAMES.flatMap((name) => {
    const f: FilterSpec = CATALOGUE_FILTERS[name];
    return f.kind === "list" && f.pageDefault ? [[name, f.pageDefault]] : [];
  }),
);

/** The filters GET /api/facets counts values for. */
export const FACET_FILTERS: readonly FilterName[] = FILTER_NAMES.filter((name) => (CATALOGUE_FILTERS[name] as FilterSpec).facet === true);
