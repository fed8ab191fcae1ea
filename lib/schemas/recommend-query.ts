// The recommender's query (/api/recommend and the /choose page): every catalogue filter as a
// must-have, parsed by the catalogue's own schema (models-query.ts — never a second list), plus
// the person's situation and the must-haves only the recommender knows (deployment, budget…).
import * as z from "zod/mini";
import { DEPLOYS, PRIORITIES, type Deploy, type Priority } from "./recommend-vocabulary";
import { type ModelsQuery, type QueryIssue, modelsQuerySchema, searchParamsToInput } from "./models-query";
import { BENCHMARKS } from "./catalogue";
import { FILTER_NAMES } from "./catalogue-filters";
import "./zod-browser";

/** The catalogue's filters (the registry): each one a must-have here; its page controls are not. */
export const FILTER_PARAMS: readonly string[] = FILTER_NAMES;

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(", ")}` });
const decimal = (min: number, max: number) =>
  z.optional(
    z.pipe(
      z.pipe(z.string().check(z.regex(/^\d+(\.\d+)?$/, "must be a non-negative number")), z.transform(Number)),
      z.number().check(z.minimum(min, `must be at least ${min}`), z.maximum(max, `must be at most ${max}`)),
    ),
  );
const integer = (min: number, max: number) =>
  z.optional(
    z.pipe(
      z.pipe(z.string().check(z.regex(/^\d{1,4}$/, "must be a whole number")), z.transform(Number)),
      z.number().check(z.minimum(min, `must be at least ${min}`), z.maximum(max, `must be at most ${max}`)),
    ),
  );

/** Defaults: the compare calculator's volume (50M input, 10M output tokens a month). */
export const RECOMMEND_DEFAULTS = { inM: 50, outM: 10, cachedShare: 0, benchmark: "MMLU", deploy: "any", priority: "balanced" } as const;

export const recommendExtrasSchema = z.strictObject(
  {
    deploy: z.optional(oneOf(DEPLOYS)).check(z.describe("api: only the maker's API or a host; self-host: only your own GPUs (the data stays on your hardware); any (default).")),
    gpuMemoryGb: decimal(1, 1024).check(z.describe("Memory per GPU you have or would rent, GB. Without it, every GPU in the calculator's table is considered.")),
    gpus: integer(1, 64).check(z.describe("How many such GPUs; a model needing more cannot be self-hosted. Without it, up to one 8-GPU server.")),
    bits: z.optional(z.pipe(oneOf(["16", "8", "4"]), z.transform(Number))).check(z.describe("Weight precision for self-hosting: 16, 8 or 4. Without it, the highest that fits.")),
    inM: decimal(0, 1_000_000).check(z.describe("Input tokens a month, in millions (default 50).")),
    outM: decimal(0, 1_000_000).check(z.describe("Output tokens a month, in millions (default 10).")),
    cachedShare: decimal(0, 1).check(z.describe("Share of the input served from a prompt cache, 0–1 (default 0).")),
    maxMonthlyUsd: decimal(0, 1e9).check(z.describe("Budget: routes costing more a month are excluded.")),
    benchmark: z.optional(oneOf(BENCHMARKS)).check(z.describe("The benchmark quality is measured on (default MMLU).")),
    minScore: decimal(0, 100_000).check(z.describe("Quality floor on the benchmark: models without a score on it fail.")),
    priority: z.optional(oneOf(PRIORITIES)).check(z.describe("What matters most: cost, quality, openness or balanced (default).")),
    minContext: integer(1, 1e9).check(z.describe("Minimum context length, tokens. Unknown fails.")),
    available: z.optional(z.pipe(oneOf(["true", "false"]), z.transform((v: "true" | "false") => v === "true"))).check(z.describe("true: exclude retired models.")),
  },
  { error: "unknown parameter" },
);
/** The recommender's own parameters; a name the registry now has is the registry's filter. */
export const EXTRA_PARAMS = Object.keys(recommendExtrasSchema.shape).filter((k) => !FILTER_PARAMS.includes(k));

export interface RecommendQuery {
  filters: ModelsQuery;
  deploy: Deploy;
  gpuMemoryGb: number | null;
  gpus: number | null;
  bits: 16 | 8 | 4 | null;
  inM: number;
  outM: number;
  cachedShare: number;
  maxMonthlyUsd: number | null;
  benchmark: string;
  minScore: number | null;
  priority: Priority;
  minContext: number | null;
  available: boolean;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** Parses strictly (the API): unknown, repeated and invalid parameters are issues, each named. */
export function parseRecommendQuery(params: Params): { ok: true; query: RecommendQuery } | { ok: false; issues: QueryIssue[] } {
  const { input, repeated } = searchParamsToInput(params);
  const issues: QueryIssue[] = repeated.map((param) => ({ param, message: "given more than once" }));
  const filterInput: Record<string, string> = {};
  const extraInput: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (FILTER_PARAMS.includes(key)) filterInput[key] = value;
    else if (EXTRA_PARAMS.includes(key)) extraInput[key] = value;
    else issues.push({ param: key, message: "unknown parameter" });
  }
  const filters = modelsQuerySchema.safeParse(filterInput);
  const extras = recommendExtrasSchema.safeParse(extraInput);
  for (const issue of [...(filters.error?.issues ?? []), ...(extras.error?.issues ?? [])]) issues.push({ param: String(issue.path[0] ?? "(query)"), message: issue.message });
  if (issues.length > 0 || !filters.success || !extras.success) return { ok: false, issues };
  const e = extras.data;
  return {
    ok: true,
    query: {
      filters: filters.data,
      deploy: e.deploy ?? RECOMMEND_DEFAULTS.deploy,
      gpuMemoryGb: e.gpuMemoryGb ?? null,
      gpus: e.gpus ?? null,
      bits: (e.bits ?? null) as RecommendQuery["bits"],
      inM: e.inM ?? RECOMMEND_DEFAULTS.inM,
      outM: e.outM ?? RECOMMEND_DEFAULTS.outM,
      cachedShare: e.cachedShare ?? RECOMMEND_DEFAULTS.cachedShare,
      maxMonthlyUsd: e.maxMonthlyUsd ?? null,
      benchmark: e.benchmark ?? RECOMMEND_DEFAULTS.benchmark,
      minScore: e.minScore ?? null,
      priority: e.priority ?? RECOMMEND_DEFAULTS.priority,
      minContext: e.minContext ?? null,
      available: e.available ?? false,
    },
  };
}

/** Parses leniently (the page): invalid parameters are dropped, with why, and the rest used. */
export function parseRecommendQueryLenient(params: Params): { query: RecommendQuery; dropped: QueryIssue[] } {
  const { input } = searchParamsToInput(params);
  const dropped: QueryIssue[] = [];
  for (let attempt = 0; attempt < 30; attempt++) {
    const parsed = parseRecommendQuery(input);
    if (parsed.ok) return { query: parsed.query, dropped };
    for (const issue of parsed.issues) {
      dropped.push(issue);
      delete input[issue.param];
    }
  }
  const fallback = parseRecommendQuery({});
  if (!fallback.ok) throw new Error("the empty recommend query must parse");
  return { query: fallback.query, dropped };
}
