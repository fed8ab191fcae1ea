import { describe, expect, it } from "vitest";
import { autoSlug, isPointerId, quantisationOf } from "@/lib/domain/import/slug";
import { SlugResolver } from "@/lib/domain/import/resolver";
import { checkIdentity } from "@/lib/domain/import/identity-check";
import { SLUG_PATTERN } from "@/lib/schemas/vocabulary";

describe("the automatic slug rule", () => {
  it.each([
    ["openai/gpt-4.1", "gpt-4-1"],
    ["anthropic/claude-opus-4-1-20250805", "claude-opus-4-1"],
    ["gpt-4o-2024-05-13", "gpt-4o"],
    ["meta-llama/llama-3.3-70b-instruct", "llama-3-3-70b"],
    ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "llama-3-3-70b"],
    ["accounts/fireworks/models/llama-v3p3-70b-instruct", "llama-3-3-70b"],
    ["@cf/meta/llama-3.3-70b-instruct-fp8-fast", "llama-3-3-70b"],
    ["us.anthropic.claude-opus-4-1-20250805-v1:0", "claude-opus-4-1"],
    ["openai.gpt-oss-120b-1:0", "gpt-oss-120b"],
    ["Qwen/Qwen3-235B-A22B-Instruct-2507", "qwen3-235b-a22b-2507"],
    ["anthropic-claude-3.5-haiku", "claude-3-5-haiku"],
  ])("%s → %s", (id, slug) => {
    expect(autoSlug(id)).toBe(slug);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it("reads quantisation and pointer ids", () => {
    expect(quantisationOf("zai-org/GLM-5.1-FP8")).toBe("fp8");
    expect(quantisationOf("zai-org/GLM-5.1")).toBeNull();
    expect(isPointerId("openai/gpt-5-chat-latest")).toBe(true);
    expect(isPointerId("mistral/codestral-latest")).toBe(true);
    expect(isPointerId("openai/gpt-5")).toBe(false);
  });
});

describe("SlugResolver", () => {
  const aliases = { aliases: { "claude-opus-4-0": "claude-opus-4", "models.dev:groq/llama-3.3-70b-versatile": "llama-3-3-70b" }, skip: { "models.dev:providers/openrouter": "router" } };
  const resolver = new SlugResolver("models.dev", aliases, ["gpt-3.5-turbo", "mpt-7b", "mpt-7b-instruct", "claude-opus-4"]);

  it("keeps reviewed slugs, including one written with a dot", () => {
    expect(resolver.resolve("openai/gpt-3.5-turbo").slug).toBe("gpt-3.5-turbo");
    expect(resolver.resolve("mosaicml/mpt-7b-instruct").slug).toBe("mpt-7b-instruct");
  });
  it("joins an alias of a dated snapshot, and exact aliases win", () => {
    expect(resolver.resolve("anthropic/claude-opus-4-0")).toEqual({ slug: "claude-opus-4", how: "alias" });
    expect(resolver.resolve("groq/llama-3.3-70b-versatile".split("/")[1]!).how).toBe("auto");
    expect(resolver.exact("groq/llama-3.3-70b-versatile")).toBe("llama-3-3-70b");
  });
  it("says why a provider is skipped", () => {
    expect(resolver.skipReason("providers/openrouter")).toBe("router");
    expect(resolver.skipReason("providers/together")).toBeUndefined();
  });
});

describe("checkIdentity", () => {
  it("finds two slugs for one model, a malformed slug and an alias to nowhere", () => {
    const problems = checkIdentity(["gpt-3.5-turbo", "gpt-3-5-turbo", "Bad_Slug", "o1"], { aliases: { "o1-2024-12-17": "o1", x: "missing" }, skip: {} });
    expect(problems).toEqual([
      { slug: "Bad_Slug", problem: "does not match SLUG_PATTERN" },
      { slug: "gpt-3.5-turbo", problem: 'collides with "gpt-3-5-turbo" (both read as "gpt35turbo")' },
      { slug: "missing", problem: 'alias "x" points at a slug no model has' },
    ]);
  });
  it("accepts distinct slugs", () => {
    expect(checkIdentity(["mpt-7b", "mpt-7b-instruct"], { aliases: {}, skip: {} })).toEqual([]);
  });
});
