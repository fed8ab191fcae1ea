// The catalogue query: one schema for the API route, the server page and
// the client hook. Input is URL search params; lists are comma-separated.
// zod/mini: the same schema runs in the browser (use-catalogue-url.ts), where
// full zod would add ~30 kB gzipped to the catalogue's first load. Mini has
// no English messages built in, so every check names its own.
import * as z from "zod/mini";
import { ACCESS_CLASSES } from "@/lib/domain/access-class";
import "./zod-browser";
import {
  COMMERCIAL_USE,
  DEFAULT_PAGE_SIZE,
  LICENCE_CATEGORIES,
  MAX_PAGE_SIZE,
  MODALITIES,
  PARTIAL_DATE_MESSAGE,
  PARTIAL_DATE_PATTERN,
  SLUG_PATTERN,
  SORT_FIELDS,
} from "./vocabulary";

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SORT_FIELDS };

const MAX_LIST_ITEMS = 50;
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` });

function list<T extends z.ZodMiniType<string, string>>(item: T) {
  return z.optional(
    z.pipe(
      z.pipe(
        z.string().check(z.maxLength(2000, "at most 2000 characters")),
        z.transform((s: string) => [...new Set(s.split(",").map((v) => v.trim()).filter(Boolean))]),
      ),
      z.array(item).check(z.maxLength(MAX_LIST_ITEMS, `at most ${MAX_LIST_ITEMS} values`)),
    ),
  );
}
/** A non-negative decimal as text, read as a number no greater than max. */
function number(max: number) {
  return z.optional(
    z.pipe(
      z.pipe(z.string().check(z.regex(/^\d+(\.\d+)?$/, "must be a non-negative number")), z.transform(Number)),
      z.number().check(z.maximum(max, `must be at most ${max}`)),
    ),
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
const partialDate = z.optional(z.string().check(z.regex(PARTIAL_DATE_PATTERN, PARTIAL_DATE_MESSAGE)));

export const modelsQuerySchema = z
  .strictObject(
    {
      // Control characters: PostgreSQL rejects NUL in text (a 500, found by `npm run fuzz`).
      q: z.optional(
        z.string().check(
          z.trim(),
          z.maxLength(200, "at most 200 characters"),
          z.regex(/^\P{Cc}*$/u, "must not contain control characters"),
        ),
      ),
      access: list(oneOf(ACCESS_CLASSES)),
      licence: list(slugSchema),
      licenceCategory: list(oneOf(LICENCE_CATEGORIES)),
      commercialUse: list(oneOf(COMMERCIAL_USE)),
      org: list(slugSchema),
      modality: list(oneOf(MODALITIES)),
      minParams: number(1e5),
      maxParams: number(1e5),
      minPrice: number(1e6),
      maxPrice: number(1e6),
      releasedFrom: partialDate,
      releasedTo: partialDate,
      sort: z.optional(
        z.string().check(
          z.regex(new RegExp(`^-?(${SORT_FIELDS.join("|")})$`), `must be one of ${SORT_FIELDS.join(", ")}, optionally prefixed with -`),
        ),
      ),
      page: positiveInteger(6, 999_999, 1),
      pageSize: positiveInteger(3, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
      /** json: one page; csv and ndjson: every matching row, streamed. */
      format: z._default(oneOf(["json", "csv", "ndjson"]), "json"),
    },
    { error: "unknown parameter" },
  )
  .check(
    z.superRefine((q, ctx) => {
      const pairs = [
        ["minParams", "maxParams"],
        ["minPrice", "maxPrice"],
        ["releasedFrom", "releasedTo"],
      ] as const;
      for (const [lo, hi] of pairs) {
        const a = q[lo];
        const b = q[hi];
        if (a !== undefined && b !== undefined && a > b)
          ctx.addIssue({ code: "custom", path: [lo], message: `must not be greater than ${hi}` });
      }
    }),
  );

export type ModelsQuery = z.output<typeof modelsQuerySchema>;

const LIST_PARAMS = new Set(["access", "licence", "licenceCategory", "commercialUse", "org", "modality"]);

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

/** Parses URL params strictly (the API): unknown or repeated params are issues. */
export function parseModelsQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): { ok: true; query: ModelsQuery } | { ok: false; issues: QueryIssue[] } {
  const { input, repeated } = searchParamsToInput(params);
  const issues: QueryIssue[] = repeated.map((param) => ({ param, message: "given more than once" }));
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
  const dropped: QueryIssue[] = [];
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
