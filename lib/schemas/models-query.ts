// The catalogue query: one schema for the API route, the server page and
// the client hook, derived from the filter registry (catalogue-filters.ts).
// Input is URL search params; lists are comma-separated.
// zod/mini: the same schema runs in the browser (use-catalogue-url.ts), where
// full zod would add ~30 kB gzipped to the catalogue's first load. Mini has
// no English messages built in, so every check names its own.
import * as z from "zod/mini";
import "./zod-browser";
import {
  CATALOGUE_CONTROLS,
  CATALOGUE_FILTERS,
  FILTER_NAMES,
  SORT_FIELDS,
  type FilterName,
  type FilterSpec,
  type FilterValue,
} from "./catalogue-filters";
import { COLUMNS_PARAM, COLUMN_IDS, parseColumns } from "./catalogue-columns";
import { MAX_PAGE_SIZE, PARTIAL_DATE_MESSAGE, PARTIAL_DATE_PATTERN, PARTIAL_MONTH_MESSAGE, PARTIAL_MONTH_PATTERN, SLUG_PATTERN } from "./vocabulary";

const MAX_LIST_ITEMS = 50;
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` });

function list(item: z.ZodMiniType<string, string>) {
  return z.pipe(
    z.pipe(
      z.string().check(z.maxLength(2000, "at most 2000 characters")),
      z.transform((s: string) => [...new Set(s.split(",").map((v) => v.trim()).filter(Boolean))]),
    ),
    z.array(item).check(z.maxLength(MAX_LIST_ITEMS, `at most ${MAX_LIST_ITEMS} values`)),
  );
}
/** A non-negative decimal as text, read as a number no greater than max. */
function number(max: number) {
  return z.pipe(
    z.pipe(z.string().check(z.regex(/^\d+(\.\d+)?$/, "must be a non-negative number")), z.transform(Number)),
    z.number().check(z.maximum(max, `must be at most ${max}`)),
  );
}
/** A positive whole number as text (at most `digits` digits), no greater than max. */
function positiveInteger(digits: number, max: number, fallback: number) {
  return z._default(
    z.pipe(
      z.pipe(z.string().check(z.regex(new RegExp(`^\\d{1,${digits}}$`), "must be a positive integer")), z.transform(Number)),
      z.number().check(z.minimum(1, "must be a positive integer"), z.maximum(max, `at most ${max}`)),
    ),
    fallback,
  );
}
/** A model, licence or organisation slug: the API's path parameter and list items, and the MCP tools' slugs. */
export const slugSchema = z.string().check(z.maxLength(100, "at most 100 characters"), z.regex(SLUG_PATTERN, "must be a slug"));

/** The parser a filter's kind calls for. */
function filterParser(f: FilterSpec): z.ZodMiniType<unknown, string> {
  switch (f.kind) {
    case "text":
      // Control characters: PostgreSQL rejects NUL in text (a 500, found by `npm run fuzz`).
      return z.string().check(z.trim(), z.maxLength(f.maxLength, `at most ${f.maxLength} characters`), z.regex(/^\P{Cc}*$/u, "must not contain control characters"));
    case "list":
      return list(f.values ? oneOf(f.values) : slugSchema);
    case "range":
    case "number":
      return number(f.max);
    case "date":
      return f.precision === "month"
        ? z.string().check(z.regex(PARTIAL_MONTH_PATTERN, PARTIAL_MONTH_MESSAGE))
        : z.string().check(z.regex(PARTIAL_DATE_PATTERN, PARTIAL_DATE_MESSAGE));
    case "boolean":
      return z.pipe(oneOf(["true", "false"]), z.transform((v: "true" | "false") => v === "true"));
  }
}

type FilterShape = { [K in FilterName]: z.ZodMiniOptional<z.ZodMiniType<FilterValue<(typeof CATALOGUE_FILTERS)[K]>, string>> };
// NOTE: one cast: Object.fromEntries cannot carry each key's type; filterParser's cases match FilterValue (tests/unit/models-query.test.ts).
const filterShape = Object.fromEntries(
  FILTER_NAMES.map((name) => {
    const f: FilterSpec = CATALOGUE_FILTERS[name];
    return [name, z.optional(filterParser(f)).check(z.describe(f.description))];
  }),
) as unknown as FilterShape;

const controls = CATALOGUE_CONTROLS;
export const modelsQuerySchema = z
  .strictObject(
    {
      ...filterShape,
      sort: z
        .optional(
          z.string().check(
            z.regex(new RegExp(`^-?(${SORT_FIELDS.join("|")})$`), `must be one of ${SORT_FIELDS.join(", ")}, optionally prefixed with -`),
          ),
        )
        .check(z.describe(controls.sort.description)),
      page: positiveInteger(6, 999_999, controls.page.default).check(z.describe(controls.page.description)),
      pageSize: positiveInteger(3, MAX_PAGE_SIZE, controls.pageSize.default).check(z.describe(controls.pageSize.description)),
      format: z._default(oneOf(["json", "csv", "ndjson"]), controls.format.default).check(z.describe(controls.format.description)),
    },
    { error: "unknown parameter" },
  )
  .check(
    z.superRefine((q, ctx) => {
      const given = (name: string) => {
        const value = (q as Record<string, unknown>)[name];
        return value !== undefined && value !== false;
      };
      for (const name of FILTER_NAMES) {
        const f: FilterSpec = CATALOGUE_FILTERS[name];
        if (f.requires && given(name) && !given(f.requires)) {
          const other: FilterSpec | undefined = CATALOGUE_FILTERS[f.requires as FilterName];
          ctx.addIssue({ code: "custom", path: [name], message: `needs ${f.requires}${other?.kind === "boolean" ? "=true" : ""}` });
        }
        if ((f.kind !== "range" && f.kind !== "date") || f.bound !== "min" || !f.pair) continue;
        const lo = (q as Record<string, unknown>)[name] as number | string | undefined;
        const hi = (q as Record<string, unknown>)[f.pair] as number | string | undefined;
        if (lo !== undefined && hi !== undefined && lo > hi) ctx.addIssue({ code: "custom", path: [name], message: `must not be greater than ${f.pair}` });
      }
    }),
  );

export type ModelsQuery = z.output<typeof modelsQuerySchema>;

const LIST_PARAMS = new Set<string>(FILTER_NAMES.filter((name) => CATALOGUE_FILTERS[name].kind === "list"));

/** URL params → the schema's input: list params may repeat, others may not. */
export function searchParamsToInput(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries: Array<[string, string]> =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));
  const input: Record<string, string> = {};
  const repeated: string[] = [];
  for (const [key, value] of entries) {
    if (key in input) {
      if (LIST_PARAMS.has(key)) input[key] = `${input[key]},${value}`;
      else repeated.push(key);
    } else input[key] = value;
  }
  return { input, repeated };
}

export type QueryIssue = { param: string; message: string };

/**
 * The page's column choice (`cols`) is checked here, then taken out: it
 * changes what the page shows, never which models match (catalogue-columns.ts).
 */
function columnIssues(input: Record<string, string>): QueryIssue[] {
  if (!Object.hasOwn(input, COLUMNS_PARAM)) return [];
  const { unknown } = parseColumns(input[COLUMNS_PARAM]);
  delete input[COLUMNS_PARAM];
  return unknown.length === 0 ? [] : [{ param: COLUMNS_PARAM, message: `unknown column ${unknown.join(", ")}; must be a comma list of ${COLUMN_IDS.join(", ")}, or none` }];
}

/** Parses URL params strictly (the API): unknown or repeated params are issues. */
export function parseModelsQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): { ok: true; query: ModelsQuery } | { ok: false; issues: QueryIssue[] } {
  const { input, repeated } = searchParamsToInput(params);
  const issues: QueryIssue[] = repeated.map((param) => ({ param, message: "given more than once" }));
  issues.push(...columnIssues(input));
  const parsed = modelsQuerySchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys")
        for (const key of issue.keys) issues.push({ param: key, message: "unknown parameter" });
      else issues.push({ param: String(issue.path[0] ?? "(query)"), message: issue.message });
    }
  }
  return issues.length === 0 && parsed.success ? { ok: true, query: parsed.data } : { ok: false, issues };
}

/** Parses leniently (pages): drops unknown and invalid params instead of failing. */
export function parseModelsQueryLenient(params: URLSearchParams | Record<string, string | string[] | undefined>): {
  query: ModelsQuery;
  dropped: QueryIssue[];
} {
  const { input } = searchParamsToInput(params);
  const dropped: QueryIssue[] = columnIssues(input);
  for (let attempt = 0; attempt < 20; attempt++) {
    const parsed = modelsQuerySchema.safeParse(input);
    if (parsed.success) return { query: parsed.data, dropped };
    for (const issue of parsed.error.issues) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [String(issue.path[0] ?? "")];
      for (const key of keys) {
        dropped.push({ param: key, message: issue.message });
        delete input[key];
      }
    }
  }
  return { query: modelsQuerySchema.parse({}), dropped };
}
