// The catalogue query: one schema for the API route, the server page and
// the client hook. Input is URL search params; lists are comma-separated.
import { z } from "zod";
import { ACCESS_CLASSES } from "@/lib/domain/access-class";
import { COMMERCIAL_USE, LICENCE_CATEGORIES, MODALITIES, SLUG_PATTERN, partialDate } from "./catalogue";

export const SORT_FIELDS = ["name", "releaseDate", "parameters", "price", "openness", "mmlu"] as const;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

const MAX_LIST_ITEMS = 50;
function list<T extends z.ZodType<string, string>>(item: T) {
  return z
    .string()
    .max(2000)
    .transform((s) => [...new Set(s.split(",").map((v) => v.trim()).filter(Boolean))])
    .pipe(z.array(item).max(MAX_LIST_ITEMS, `at most ${MAX_LIST_ITEMS} values`))
    .optional();
}
const number = (max: number) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, "must be a non-negative number")
    .transform(Number)
    .pipe(z.number().min(0).max(max))
    .optional();
const slugItem = z.string().max(100).regex(SLUG_PATTERN, "must be a slug");

export const modelsQuerySchema = z
  .strictObject({
    // Control characters: PostgreSQL rejects NUL in text (a 500, found by `npm run fuzz`).
    q: z.string().trim().max(200, "at most 200 characters").regex(/^\P{Cc}*$/u, "must not contain control characters").optional(),
    access: list(z.enum(ACCESS_CLASSES)),
    licence: list(slugItem),
    licenceCategory: list(z.enum(LICENCE_CATEGORIES)),
    commercialUse: list(z.enum(COMMERCIAL_USE)),
    org: list(slugItem),
    modality: list(z.enum(MODALITIES)),
    minParams: number(1e5),
    maxParams: number(1e5),
    minPrice: number(1e6),
    maxPrice: number(1e6),
    releasedFrom: partialDate.optional(),
    releasedTo: partialDate.optional(),
    sort: z
      .string()
      .regex(new RegExp(`^-?(${SORT_FIELDS.join("|")})$`), `must be one of ${SORT_FIELDS.join(", ")}, optionally prefixed with -`)
      .optional(),
    page: z.string().regex(/^\d{1,6}$/, "must be a positive integer").transform(Number).pipe(z.number().int().min(1)).default(1),
    pageSize: z
      .string()
      .regex(/^\d{1,3}$/, "must be a positive integer")
      .transform(Number)
      .pipe(z.number().int().min(1).max(MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE}`))
      .default(DEFAULT_PAGE_SIZE),
    /** json: one page; csv and ndjson: every matching row, streamed. */
    format: z.enum(["json", "csv", "ndjson"]).default("json"),
  })
  .superRefine((q, ctx) => {
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
  });

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
