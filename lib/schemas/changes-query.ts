// The change feed's query (GET /api/changes and GET /feed.xml): follow one
// model or one organisation; the JSON list also pages.
import * as z from "zod/mini";
import { searchParamsToInput, slugSchema, type QueryIssue } from "./models-query";
import { MAX_PAGE_SIZE } from "./vocabulary";
import "./zod-browser";

export const CHANGES_DEFAULT_PAGE_SIZE = 50;
/** Entries in the Atom feed: the newest, like any feed. */
export const FEED_ENTRIES = 50;

const positive = (max: number, description: string) =>
  z
    .optional(
      z.pipe(
        z.pipe(z.string().check(z.regex(/^\d{1,6}$/, "must be a positive whole number")), z.transform(Number)),
        z.number().check(z.minimum(1, "must be at least 1"), z.maximum(max, `must be at most ${max}`)),
      ),
    )
    .check(z.describe(description));

export const changesQuerySchema = z.strictObject(
  {
    model: z.optional(slugSchema).check(z.describe("Only this model's changes (a model slug; a removed model's history stays).")),
    org: z.optional(slugSchema).check(z.describe("Only changes to this organisation's models (an organisation slug).")),
    page: positive(100_000, "Page number, from 1 (newest changes first)."),
    pageSize: positive(MAX_PAGE_SIZE, `Changes per page, 1–${MAX_PAGE_SIZE} (default ${CHANGES_DEFAULT_PAGE_SIZE}).`),
  },
  { error: "unknown parameter" },
);

export interface ChangesQuery {
  model?: string;
  org?: string;
  page: number;
  pageSize: number;
}

/** Parses strictly: unknown, repeated and invalid parameters are issues, each named. `feed` refuses paging (the feed is the newest entries). */
export function parseChangesQuery(params: URLSearchParams, options: { feed?: boolean } = {}): { ok: true; query: ChangesQuery } | { ok: false; issues: QueryIssue[] } {
  const { input, repeated } = searchParamsToInput(params);
  const issues: QueryIssue[] = repeated.map((param) => ({ param, message: "given more than once" }));
  if (options.feed)
    for (const param of ["page", "pageSize"])
      if (param in input) {
        issues.push({ param, message: "unknown parameter (the feed holds the newest entries; /api/changes pages)" });
        delete input[param];
      }
  const parsed = changesQuerySchema.safeParse(input);
  for (const issue of parsed.error?.issues ?? []) {
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) issues.push({ param: key, message: "unknown parameter" });
    else issues.push({ param: String(issue.path[0] ?? "(query)"), message: issue.message });
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  const { model, org, page, pageSize } = parsed.data;
  return { ok: true, query: { model, org, page: page ?? 1, pageSize: options.feed ? FEED_ENTRIES : (pageSize ?? CHANGES_DEFAULT_PAGE_SIZE) } };
}
