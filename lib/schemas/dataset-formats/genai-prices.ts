// genai-prices (github.com/pydantic/genai-prices): prices/providers/<id>.yml,
// or the same providers as one array in prices/data.json. Only the fields
// we import are checked; the rest (extractors, match rules…) pass.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { parseFile, type DatasetIssue } from "./parse-files";

/** A price per million tokens, or tiers by prompt size of which we keep the base. */
const mtok = z.union([z.number().min(0), z.looseObject({ base: z.number().min(0), tiers: z.array(z.unknown()).optional() })]);
const priceSetSchema = z.looseObject({
  input_mtok: mtok.optional(),
  output_mtok: mtok.optional(),
  cache_read_mtok: mtok.optional(),
});
const day = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}/, "must be YYYY-MM-DD"), z.date().transform((d) => d.toISOString())]);

/** One clause of a match rule: equals / starts_with / contains, or and/or lists of clauses. */
type MatchRule = { [key: string]: string | MatchRule[] | undefined };
const matchSchema: z.ZodType<MatchRule> = z.lazy(() => z.record(z.string(), z.union([z.string(), z.array(matchSchema)])));

export const genaiPricesModelSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  match: matchSchema.optional(),
  context_window: z.number().int().positive().optional(),
  prices: z.union([
    priceSetSchema,
    z.array(
      z.looseObject({
        constraint: z.looseObject({ start_date: day.optional(), start_time: z.unknown().optional(), end_time: z.unknown().optional() }).optional(),
        prices: priceSetSchema,
      }),
    ),
  ]),
  deprecated: z.boolean().optional(),
  removed: z.boolean().optional(),
  /** Free text; it says when a price was copied from another catalogue rather than read from the provider. */
  price_comments: z.string().optional(),
});
export type GenaiPricesModel = z.infer<typeof genaiPricesModelSchema>;

export const genaiPricesProviderSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  pricing_urls: z.array(z.string()).optional(),
  models: z.array(genaiPricesModelSchema),
});
export type GenaiPricesProvider = z.infer<typeof genaiPricesProviderSchema>;

/** Providers with the file each was read from. */
export function parseGenaiPricesFiles(files: ReadonlyMap<string, string>, issues: DatasetIssue[]): Array<{ file: string; data: GenaiPricesProvider }> {
  const out: Array<{ file: string; data: GenaiPricesProvider }> = [];
  for (const file of [...files.keys()].sort()) {
    const text = files.get(file) ?? "";
    if (/(^|\/)prices\/providers\/[^/.][^/]*\.yml$/.test(file)) {
      const data = parseFile(file, text, parseYaml, genaiPricesProviderSchema, issues);
      if (data) out.push({ file, data });
    } else if (file.endsWith(".json") && !file.includes("schema")) {
      const list = parseFile(file, text, JSON.parse, z.array(genaiPricesProviderSchema), issues);
      for (const data of list ?? []) out.push({ file, data });
    }
  }
  return out;
}

/** The ids a model entry's match rule names (equals, starts_with), for resolving it to a slug. */
export function matchIds(rule: MatchRule | undefined): string[] {
  if (!rule) return [];
  const ids: string[] = [];
  for (const [key, value] of Object.entries(rule)) {
    if (typeof value === "string" && (key === "equals" || key === "starts_with")) ids.push(value);
    else if (Array.isArray(value)) for (const clause of value) ids.push(...matchIds(clause));
  }
  return ids;
}
