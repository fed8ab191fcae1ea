// The automatic slug rule: how a dataset's model id becomes our slug when
// prisma/catalogue/aliases.json says nothing about it.
//
//   1. keep the last path segment ("accounts/fireworks/models/x" → "x") and
//      drop cloud prefixes ("us.anthropic.claude-…-v1:0" → "claude-…");
//   2. lowercase; "_" and spaces become "-"; a dot or Fireworks' "p" between
//      digits becomes "-" ("gpt-4.1" → "gpt-4-1", "v3p3" → "v3-3");
//   3. drop what names a snapshot or a serving choice, not a model: a full
//      date ("-20250805", "-2024-05-13"), quantisation ("-fp8", "-awq"…),
//      "-instruct"/"-it" (the served variant of an open model), "-hf";
//      a leading "meta-" before "llama" and Fireworks' "llama-v3" spelling.
// Four-digit release tags ("-2507", "-0905") stay: they name new weights.
//   4. drop a maker prefix some hosts add ("openai-gpt-oss-20b",
//      "anthropic-claude-3.5-haiku", Mistral's legacy "open-mistral-7b").
// `matchKey` is the slug without hyphens, so "gpt-3.5-turbo" (a reviewed
// slug with a dot) and "gpt-3-5-turbo" are recognised as one model;
// `literalKey` is the same before step 3's "-instruct" rule, so a reviewed
// "mpt-7b-instruct" is found before "mpt-7b".

const QUANTISATION = /^(fp8|fp4|nvfp4|mxfp4|int4|int8|bf16|fp16|awq|gptq|w4a16|w8a8)$/;
const DROPPED_TOKENS = new Set(["instruct", "it", "hf", "fast", "maas", "tee"]);
const SERVING_TOKENS = new Set(["hf", "fast", "maas", "tee"]);
const MAKER_PREFIX = /^(?:openai|anthropic|mistralai|deepseek-ai|google|microsoft|nvidia|zai|moonshotai|alibaba|cohere|databricks|cerebras|groq|open)-(?=(?:gpt|o\d|claude|mistral|mixtral|codestral|deepseek|gemma|gemini|phi|nemotron|llama|glm|kimi|qwen|command)(?:-|\d|$))/;
const CLOUD_PREFIX = /^(?:(?:us|eu|apac|au|jp|global)\.)?(?:[a-z]+\.)(?=[a-z])/;
const POINTER = /(^|-)(latest|chat-latest)$/;

/** The quantisation a listing id names ("fp8", "int4"…), or null. */
export function quantisationOf(id: string): string | null {
  for (const token of tokens(lastSegment(id).toLowerCase())) if (QUANTISATION.test(token)) return token;
  return null;
}

/** `*-latest` ids point at whichever model is current: never a model of their own. */
export function isPointerId(id: string): boolean {
  return POINTER.test(lastSegment(id).toLowerCase());
}

export function autoSlug(id: string): string {
  return slugTokens(id, DROPPED_TOKENS);
}

function slugTokens(id: string, dropped: ReadonlySet<string>): string {
  let name = lastSegment(id).toLowerCase();
  // Bedrock-style ids: "anthropic.claude-opus-4-1-20250805-v1:0", "openai.gpt-oss-20b-1:0".
  if (CLOUD_PREFIX.test(name) && /[.][a-z]/.test(name.slice(0, 20))) {
    name = name.replace(CLOUD_PREFIX, "");
    if (/:\d+$/.test(name)) name = name.replace(/:\d+$/, "").replace(/-v?\d+$/, "");
  }
  name = name
    .replace(/:.*$/, "")
    .replace(/[_\s]+/g, "-")
    .replace(/(\d)p(\d)/g, "$1-$2")
    .replace(/(\d)\.(?=\d)/g, "$1-")
    .replace(/\./g, "-")
    .replace(/^meta-llama/, "llama")
    .replace(MAKER_PREFIX, "")
    .replace(/^llama-v(\d)/, "llama-$1")
    // Together's "-Instruct-Turbo" is its faster serving of the instruct model.
    .replace(/-instruct-turbo(?=-|$)/, "-instruct");
  const kept = tokens(name)
    .filter((t) => !QUANTISATION.test(t) && !dropped.has(t))
    .join("-")
    .replace(/-(19|20)\d{2}-?(0[1-9]|1[0-2])-?([0-2]\d|3[01])(?=-|$)/g, "");
  return kept.replace(/-+/g, "-").replace(/^-|-$/g, "");
}

/** A slug as written, without separators: how a known slug is looked up. */
export function slugKey(slug: string): string {
  return slug.replace(/[-.]/g, "");
}

/** The id with the automatic rule except "-instruct"/"-it" kept. */
export function literalKey(id: string): string {
  return slugKey(slugTokens(id, SERVING_TOKENS));
}

export function matchKey(idOrSlug: string): string {
  return autoSlug(idOrSlug).replace(/-/g, "");
}

function lastSegment(id: string): string {
  const parts = id.split("/");
  return parts[parts.length - 1] ?? id;
}

function tokens(name: string): string[] {
  return name.split(/[-_\s]+/).filter(Boolean);
}
