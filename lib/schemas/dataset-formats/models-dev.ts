// models.dev (github.com/anomalyco/models.dev): the TOML files we read, as
// its README and packages/core/src/schema.ts describe them. Only the fields
// we import are checked; others (reasoning_options, interleaved, …) pass.
import { parse as parseToml } from "smol-toml";
import { z } from "zod";
import { parseFile, type DatasetIssue } from "./parse-files";

const date = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be YYYY-MM or YYYY-MM-DD");
const price = z.number().min(0);
const MODALITY = z.enum(["text", "audio", "image", "video", "pdf"]);

const costSchema = z.looseObject({
  input: price.optional(),
  output: price.optional(),
  cache_read: price.optional(),
  cache_write: price.optional(),
});

const benchmarkSchema = z.looseObject({
  name: z.string().min(1),
  score: z.union([z.number(), z.string()]),
  metric: z.string().optional(),
  variant: z.string().optional(),
  dataset: z.string().optional(),
  source: z.string().optional(),
  date: date.optional(),
});

/** A model file: models/<lab>/<id>.toml, or a listing under providers/<p>/models/. */
export const modelsDevModelSchema = z.looseObject({
  name: z.string().min(1).optional(),
  family: z.string().optional(),
  release_date: date.optional(),
  last_updated: date.optional(),
  knowledge: date.optional(),
  attachment: z.boolean().optional(),
  reasoning: z.boolean().optional(),
  tool_call: z.boolean().optional(),
  structured_output: z.boolean().optional(),
  open_weights: z.boolean().optional(),
  status: z.enum(["alpha", "beta", "deprecated"]).optional(),
  base_model: z.string().regex(/^[^/]+\/.+$/, "must be <lab>/<model-id>").optional(),
  base_model_omit: z.array(z.string()).optional(),
  cost: costSchema.optional(),
  // A listing with a base_model may state only part of a table; the rest is inherited.
  limit: z.looseObject({ context: z.number().min(0).optional(), input: z.number().optional(), output: z.number().min(0).optional() }).optional(),
  modalities: z.looseObject({ input: z.array(MODALITY).optional(), output: z.array(MODALITY).optional() }).optional(),
  weights: z.array(z.looseObject({ url: z.string(), label: z.string().optional(), quantization: z.string().optional() })).optional(),
  benchmarks: z.array(benchmarkSchema).optional(),
  /**
   * Ours, not the dataset's: the unit a comment in the [cost] table names when
   * it is not tokens ("# per audio minute"). TOML drops comments, so the
   * parser reads it from the text and removes the prices (see tokenCost).
   */
  cost_unit: z.string().optional(),
});
export type ModelsDevModel = z.infer<typeof modelsDevModelSchema>;

export const modelsDevProviderSchema = z.looseObject({
  name: z.string().min(1),
  doc: z.string().optional(),
});
export type ModelsDevProvider = z.infer<typeof modelsDevProviderSchema>;

export interface ModelsDevSnapshot {
  /** "lab/id" → the canonical model file and its path. */
  models: Map<string, { file: string; data: ModelsDevModel }>;
  providers: Map<string, { file: string; data: ModelsDevProvider; listings: Map<string, { file: string; data: ModelsDevModel }> }>;
}

const MODEL_FILE = /^models\/([^/]+)\/(.+)\.toml$/;
const PROVIDER_FILE = /^providers\/([^/]+)\/provider\.toml$/;
const LISTING_FILE = /^providers\/([^/]+)\/models\/(.+)\.toml$/;

/** Parse a models.dev checkout (path → text), or its generated JSON. Issues are collected, never thrown. */
export function parseModelsDevFiles(files: ReadonlyMap<string, string>, issues: DatasetIssue[]): ModelsDevSnapshot {
  const json = [...files.keys()].find((f) => f.endsWith(".json"));
  if (json && ![...files.keys()].some((f) => f.endsWith(".toml"))) return parseModelsDevJson(json, files.get(json) ?? "", issues);
  const snapshot: ModelsDevSnapshot = { models: new Map(), providers: new Map() };
  const paths = [...files.keys()].sort();
  const provider = (id: string) => {
    let entry = snapshot.providers.get(id);
    if (!entry) {
      entry = { file: `providers/${id}/provider.toml`, data: { name: id }, listings: new Map() };
      snapshot.providers.set(id, entry);
    }
    return entry;
  };
  for (const file of paths) {
    const text = files.get(file) ?? "";
    let m: RegExpMatchArray | null;
    if ((m = file.match(MODEL_FILE))) {
      const data = parseFile(file, text, parseToml, modelsDevModelSchema, issues);
      if (data) snapshot.models.set(`${m[1]}/${m[2]}`, { file, data: tokenCost(data, text) });
    } else if ((m = file.match(PROVIDER_FILE))) {
      const data = parseFile(file, text, parseToml, modelsDevProviderSchema, issues);
      if (data) provider(m[1]!).data = data;
    } else if ((m = file.match(LISTING_FILE))) {
      const data = parseFile(file, text, parseToml, modelsDevModelSchema, issues);
      if (data) provider(m[1]!).listings.set(m[2]!, { file, data: tokenCost(data, text) });
    }
  }
  for (const [id, p] of snapshot.providers)
    if (!files.has(p.file)) issues.push({ file: p.file, field: "(file)", message: `provider "${id}" has listings but no provider.toml` });
  return snapshot;
}

/**
 * models.dev's prices are USD per 1M tokens, except where a comment in the
 * [cost] table names another unit (speech models: "# per audio minute").
 * Such a price read as per-token would make the model look thousands of
 * times cheaper than it is, so it is dropped and the unit kept to say why.
 */
export function tokenCost(data: ModelsDevModel, text: string): ModelsDevModel {
  const unit = nonTokenCostUnit(text);
  if (!unit) return data;
  const { cost: _dropped, ...rest } = data;
  return { ...rest, cost_unit: unit };
}

function nonTokenCostUnit(text: string): string | undefined {
  const table = text.match(/^\[cost\][^\S\n]*(?:#.*)?\n((?:(?!\[).*\n?)*)/m);
  if (!table) return undefined;
  for (const comment of table[0].matchAll(/#\s*(?:usd\s+)?per\s+([^\n]+)/gi)) {
    const unit = comment[1]!.trim().toLowerCase();
    if (!/token/.test(unit)) return unit;
  }
  return undefined;
}

const jsonProviderSchema = z.looseObject({ name: z.string().min(1), doc: z.string().optional(), models: z.record(z.string(), z.unknown()) });
const jsonSnapshotSchema = z.union([
  z.looseObject({ models: z.record(z.string(), z.unknown()), providers: z.record(z.string(), jsonProviderSchema) }),
  z.record(z.string(), jsonProviderSchema),
]);

/**
 * The generated JSON: https://models.dev/catalog.json ({ models, providers },
 * canonical models keyed "<lab>/<id>") or https://models.dev/api.json
 * (providers only: then a lab's own provider stands in for its models/
 * folder, where the lab and provider ids are the same).
 */
function parseModelsDevJson(file: string, text: string, issues: DatasetIssue[]): ModelsDevSnapshot {
  const snapshot: ModelsDevSnapshot = { models: new Map(), providers: new Map() };
  const root = parseFile(file, text, JSON.parse, jsonSnapshotSchema, issues);
  if (!root) return snapshot;
  const entry = (field: string, value: unknown) => {
    const parsed = modelsDevModelSchema.safeParse(value);
    if (parsed.success) return { file: `${file}#${field}`, data: parsed.data };
    for (const issue of parsed.error.issues) issues.push({ file, field: [field, ...issue.path].join("."), message: issue.message });
    return undefined;
  };
  const isCatalog = "providers" in root && "models" in root && typeof root.providers === "object" && !("name" in root.providers);
  const providers = (isCatalog ? root.providers : root) as Record<string, z.infer<typeof jsonProviderSchema>>;
  if (isCatalog)
    for (const [id, value] of Object.entries(root.models as Record<string, unknown>)) {
      const parsed = entry(`models.${id}`, value);
      if (parsed) snapshot.models.set(id, parsed);
    }
  for (const [providerId, provider] of Object.entries(providers)) {
    const listings = new Map<string, { file: string; data: ModelsDevModel }>();
    for (const [id, value] of Object.entries(provider.models)) {
      const parsed = entry(`${isCatalog ? "providers." : ""}${providerId}.models.${id}`, value);
      if (!parsed) continue;
      listings.set(id, parsed);
      if (!isCatalog && LABS_PUBLISHING_THEIR_OWN_API.has(providerId)) snapshot.models.set(`${providerId}/${id}`, parsed);
    }
    snapshot.providers.set(providerId, { file: `${file}#${providerId}`, data: { name: provider.name, doc: provider.doc }, listings });
  }
  return snapshot;
}

/** models.dev labs whose provider id equals their lab folder (api.json has no models/ folder). */
const LABS_PUBLISHING_THEIR_OWN_API = new Set(["alibaba", "anthropic", "cohere", "deepseek", "google", "minimax", "mistral", "moonshotai", "openai", "perplexity", "sakana", "sarvam", "stepfun", "xai", "xiaomi", "zhipuai"]);

/**
 * A listing with its `base_model` facts merged in, as models.dev's generator
 * does it (packages/core/src/generate.ts): the listing deep-merges over the
 * model (arrays replace), the model's benchmarks, weights, links and licence
 * are not inherited, then `base_model_omit` dot-paths are removed.
 */
export function inheritBaseModel(listing: ModelsDevModel, base: ModelsDevModel | undefined): ModelsDevModel {
  if (!base) return listing;
  const { benchmarks: _b, weights: _w, links: _l, license: _li, ...inheritable } = base as Record<string, unknown>;
  const { base_model_omit: omit, ...overrides } = listing as Record<string, unknown>;
  const merged = mergeDeep(inheritable, overrides);
  // A listing priced in another unit must not inherit the base model's token prices.
  if (listing.cost_unit) delete merged.cost;
  for (const dotted of (omit as string[] | undefined) ?? []) {
    const keys = dotted.split(".");
    let target: Record<string, unknown> | undefined = merged;
    for (const key of keys.slice(0, -1)) target = isPlainObject(target?.[key]) ? (target[key]) : undefined;
    if (target) delete target[keys[keys.length - 1]!];
  }
  return merged;
}

/** A fresh object: nested plain objects merge key by key, anything else on the right wins. */
function mergeDeep(left: Record<string, unknown>, right: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    const l = left[key];
    const r = right[key];
    if (isPlainObject(l) && isPlainObject(r)) out[key] = mergeDeep(l, r);
    else if (r !== undefined) out[key] = isPlainObject(r) ? mergeDeep({}, r) : r;
    else out[key] = isPlainObject(l) ? mergeDeep({}, l) : l;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
