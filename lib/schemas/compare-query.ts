// The compare page's URL: which models, in which order, and the cost calculator's assumptions.
// One schema for the server page (lenient: bad values fall back, with a message) and the client
// controls (field by field, for inline messages).
import * as z from "zod/mini";
import { MAX_COMPARE_MODELS, SLUG_PATTERN } from "./vocabulary";
import "./zod-browser";

/** Defaults for the calculator (tokens in millions per month). */
export const CALCULATOR_DEFAULTS = { inputMTokPerMonth: 50, outputMTokPerMonth: 10, cachedShare: 0, utilisationPercent: 50, bits: 16 } as const;

/** Above a trillion tokens a month the answer is a data-centre contract, not this calculator. */
export const MAX_MTOK_PER_MONTH = 1_000_000;

// zod/mini (as recommend-query.ts): these schemas run in the browser, where every kilobyte counts.
const trimmed = z.string().check(z.trim());

const decimal = (label: string, min: number, max: number, maxMessage: string) =>
  z.pipe(
    z.pipe(trimmed.check(z.regex(/^-?\d+(\.\d+)?$/, `${label} must be a number`)), z.transform(Number)),
    z.number().check(z.minimum(min, min === 0 ? `${label} cannot be negative` : `${label} must be at least ${min}`), z.maximum(max, maxMessage)),
  );

const integer = (label: string, min: number, max: number) =>
  z.pipe(
    z.pipe(trimmed.check(z.regex(/^-?\d+$/, `${label} must be a whole number`)), z.transform(Number)),
    z.number().check(z.int(), z.minimum(min, `${label} must be at least ${min}`), z.maximum(max, `${label} must be at most ${max}`)),
  );

const slugOf = (message: string) => trimmed.check(z.regex(SLUG_PATTERN, message));

/** Each calculator field on its own, so a control can show its own message. */
export const calculatorFieldSchemas = {
  inM: decimal("Monthly input tokens", 0, MAX_MTOK_PER_MONTH, "More than a trillion tokens a month is beyond this calculator"),
  outM: decimal("Monthly output tokens", 0, MAX_MTOK_PER_MONTH, "More than a trillion tokens a month is beyond this calculator"),
  cachedShare: decimal("Share of input cached", 0, 1, "Share of input cached is a fraction from 0 to 1"),
  gpu: slugOf("Unknown GPU option"),
  gpus: integer("GPUs", 1, 64),
  tps: decimal("Throughput", 1, 1_000_000, "Throughput above a million tokens per second per GPU is not plausible"),
  util: decimal("Utilisation", 1, 100, "Utilisation is a percentage: at most 100"),
  bits: z.pipe(z.enum(["16", "8", "4"], { error: "Precision must be 16, 8 or 4 bits" }), z.transform(Number)),
  host: slugOf("must be a model slug"),
  api: slugOf("must be a model slug"),
  apiProvider: slugOf("must be a provider slug"),
} as const;
export type CalculatorParam = keyof typeof calculatorFieldSchemas;

/** The calculator's assumptions as the URL gives them (null: derive a default); lib/domain/break-even-scenario.ts takes exactly this. */
export interface CalculatorQuery {
  inputMTokPerMonth: number;
  outputMTokPerMonth: number;
  /** Share of the input served from a prompt cache, 0–1 (priced at a listing's cached-input price). */
  cachedShare: number;
  gpuId: string | null;
  gpus: number | null;
  tokensPerSecondPerGpu: number | null;
  utilisationPercent: number;
  bits: 16 | 8 | 4;
  selfHostSlug: string | null;
  apiSlug: string | null;
  /** Which of the API model's listings (provider slug); null: its cheapest at the volume. */
  apiProvider: string | null;
}

export interface CompareQuery {
  /** Requested slugs in order, deduplicated, at most MAX_COMPARE_MODELS. */
  slugs: string[];
  /** Slugs dropped for being beyond the limit. */
  overLimit: string[];
  /** Values that were not slugs at all (shown as unknown). */
  malformed: string[];
  calculator: CalculatorQuery;
  /** Calculator params that were present but invalid, with why; their defaults were used. */
  issues: Array<{ param: CalculatorParam; message: string }>;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Lenient parse for the page: never throws; every problem is reported, every default stated. */
export function parseCompareQuery(params: Params): CompareQuery {
  const raw = (first(params, "models") ?? "").slice(0, 2000);
  const requested = [...new Set(raw.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean))];
  const malformed = requested.filter((s) => !SLUG_PATTERN.test(s) || s.length > 100);
  const valid = requested.filter((s) => !malformed.includes(s));
  const issues: CompareQuery["issues"] = [];
  const field = <K extends CalculatorParam>(key: K): z.output<(typeof calculatorFieldSchemas)[K]> | null => {
    const value = first(params, key);
    if (value === undefined || value === "") return null;
    const parsed = calculatorFieldSchemas[key].safeParse(value);
    if (parsed.success) return parsed.data as z.output<(typeof calculatorFieldSchemas)[K]>;
    issues.push({ param: key, message: parsed.error.issues[0]?.message ?? "invalid value" });
    return null;
  };
  const d = CALCULATOR_DEFAULTS;
  const calculator: CalculatorQuery = {
    inputMTokPerMonth: field("inM") ?? d.inputMTokPerMonth,
    outputMTokPerMonth: field("outM") ?? d.outputMTokPerMonth,
    cachedShare: field("cachedShare") ?? d.cachedShare,
    gpuId: field("gpu"),
    gpus: field("gpus"),
    tokensPerSecondPerGpu: field("tps"),
    utilisationPercent: field("util") ?? d.utilisationPercent,
    bits: (field("bits") ?? d.bits) as 16 | 8 | 4,
    selfHostSlug: field("host"),
    apiSlug: field("api"),
    apiProvider: field("apiProvider"),
  };
  return {
    slugs: valid.slice(0, MAX_COMPARE_MODELS),
    overLimit: valid.slice(MAX_COMPARE_MODELS),
    malformed,
    calculator,
    issues,
  };
}

/** The calculator's assumptions when the URL gives none. */
export const DEFAULT_CALCULATOR_QUERY: CalculatorQuery = parseCompareQuery({}).calculator;
