// Facts about the REAL catalogue (prisma/catalogue) that matter editorially,
// checked through the API on the project's database. This is the one test
// file that reads the real catalogue: every other code test runs on the
// fixture catalogue (tests/fixtures/fixture-catalogue.ts). So a data pull
// request that changes one of these facts fails here, and only here — update
// this file in the same pull request when the change is deliberate.
// (Schema and cross-file rules are `npm run catalogue:validate`.)
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as detailGet } from "@/app/api/models/[slug]/route";
import { GET as healthGet } from "@/app/api/health/route";
import { GET as listGet } from "@/app/api/models/route";
import { GET as statsGet } from "@/app/api/stats/route";
import { CATALOGUE_DIR, readCatalogue } from "@/prisma/scripts/read-catalogue";
import { healthSchema, modelDetailSchema, modelListSchema } from "@/lib/schemas/model-response";
import { statsResponseSchema } from "@/lib/schemas/stats-response";
import { callRoute } from "../helpers/call-route";
import { expectEvery } from "../helpers/expect-every";
import { useCatalogueDatabase, type Provider } from "../helpers/test-database";

const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as Provider;

/** The seed models and what the catalogue says about them: licence and derived access class. */
const SEED_MODELS: Array<[slug: string, licence: string, access: "open-source" | "open-weights" | "closed"]> = [
  ["bert-base", "apache-2-0", "open-source"],
  ["t5-small", "apache-2-0", "open-source"],
  ["mistral-7b", "apache-2-0", "open-source"],
  ["olmo-2-13b", "apache-2-0", "open-source"],
  ["gpt-oss-120b", "apache-2-0", "open-source"],
  ["llama-2-7b", "llama-2-community", "open-weights"],
  ["llama-2-70b", "llama-2-community", "open-weights"],
  ["llama-3-1-70b", "llama-3-1-community", "open-weights"],
  ["deepseek-v3", "deepseek-model-licence", "open-weights"],
  ["stable-diffusion-v1-5", "creativeml-openrail-m", "open-weights"],
  ["mpt-7b-chat", "cc-by-nc-sa-4-0", "open-weights"],
  ["gpt-3.5-turbo", "openai-terms", "closed"],
  ["gpt-4", "openai-terms", "closed"],
  ["gpt-4o", "openai-terms", "closed"],
  ["claude-3-5-sonnet", "anthropic-commercial-terms", "closed"],
];

/** Models the app links to by slug: the home page's compare link and the compare page's suggestions. */
const LINKED_FROM_THE_APP = ["llama-2-70b", "gpt-4", "mistral-7b", "gpt-3.5-turbo", "llama-3-1-70b", "gpt-4o", "deepseek-v3", "claude-3-5-sonnet"];

async function detail(slug: string) {
  const res = await callRoute(detailGet, `/api/models/${slug}`, { params: { slug } });
  expect(res.status, `${slug}: ${res.text}`).toBe(200);
  return modelDetailSchema.parse(res.body);
}

async function list(query: string) {
  const res = await callRoute(listGet, `/api/models?${query}&pageSize=100`);
  expect(res.status, res.text).toBe(200);
  return modelListSchema.parse(res.body);
}

describe(`facts about the real catalogue (${provider})`, () => {
  useCatalogueDatabase(provider, "facts", () => CATALOGUE_DIR);

  it("every reviewed model file and imported model is read without problems and loaded", async () => {
    const reviewed = readdirSync(path.join(CATALOGUE_DIR, "models")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
    const merged = readCatalogue().models.map((m) => m.data.slug);
    expect(merged).toEqual(expect.arrayContaining(reviewed));
    const health = healthSchema.parse((await callRoute(healthGet, "/api/health")).body);
    expect(health.catalogue?.models).toBe(merged.length);
    const exported = await callRoute(listGet, "/api/models?format=ndjson");
    const loaded = exported.text.trim().split("\n").map((line) => (JSON.parse(line) as { slug: string }).slug);
    expect(loaded.sort()).toEqual([...merged].sort());
  });

  it.each(SEED_MODELS)("%s is under %s and %s", async (slug, licence, access) => {
    expect(await detail(slug)).toMatchObject({ licence: { slug: licence }, access });
  });

  it("the models the app links to exist", async () => {
    for (const slug of LINKED_FROM_THE_APP) await detail(slug);
  });

  it("GPT-4: size undisclosed, MMLU 86.4, $37.5 per 1M blended tokens; not plotted by size", async () => {
    const gpt4 = await detail("gpt-4");
    expect(gpt4.parameters).toBeNull();
    expect(gpt4.facts.parameters?.unknownReason).toMatch(/undisclosed/i);
    expect(gpt4.mmlu).toBe(86.4);
    expect(gpt4.price?.blendedUsdPerMTok).toBe(37.5);
    const stats = statsResponseSchema.parse((await callRoute(statsGet, "/api/stats")).body);
    expect(stats.sizeOverTime.unplotted.find((u) => u.slug === "gpt-4")?.reason).toContain("size undisclosed");
    // Since the imports, hosts list Llama 3.1 70B: it is placed at a listed price, not a self-hosting estimate.
    expect(stats.priceQuality.series.flatMap((x) => x.points).find((p) => p.slug === "llama-3-1-70b")).toMatchObject({ estimated: false, access: "open-weights" });
  });

  it("host prices are per token and the host's own: no per-minute speech price, no router price filed under a maker, each linked to the host's listing", async () => {
    const voxtral = await detail("voxtral-small-24b-2507");
    // evroc prices Voxtral per audio minute ($0.0023); read per 1M tokens it made Voxtral the cheapest model.
    expect(voxtral.prices.map((p) => p.provider)).not.toContain("evroc");
    expect(voxtral.prices.find((p) => p.provider === "scaleway")?.sourceUrl).toMatch(/\/providers\/scaleway\/models\/voxtral-small-24b-2507\.toml$/);
    // genai-prices files gpt-oss under OpenAI at OpenRouter's price; OpenAI sells no gpt-oss API.
    for (const slug of ["gpt-oss-120b", "gpt-oss-20b"]) expect((await detail(slug)).prices.map((p) => p.provider)).not.toContain("openai");
  });

  it("a model its maker's API marks deprecated is deprecated, sourced to that listing", async () => {
    const sonnet = await detail("claude-3-7-sonnet");
    expect(sonnet.lifecycle).toBe("deprecated");
    expect(sonnet.facts.lifecycle?.sourceUrl).toMatch(/\/providers\/anthropic\/models\/claude-3-7-sonnet-20250219\.toml$/);
  });

  it("Llama 2's licence conditions commercial use on 700 million monthly active users, for every Llama 2 model", async () => {
    expect((await detail("llama-2-70b")).licence.conditions).toMatch(/700 million monthly active users/i);
    const llama2 = await list("licence=llama-2-community");
    expectEvery(llama2.items, (m) => m.family === "llama-2" && m.access === "open-weights", "models under the Llama 2 licence");
    expect(llama2.items.map((m) => m.slug)).toEqual(expect.arrayContaining(["llama-2-7b", "llama-2-13b", "llama-2-70b", "llama-2-7b-chat", "llama-2-13b-chat", "llama-2-70b-chat"]));
  });

  it("Llama 2's licence lists what it forbids and names Meta's acceptable-use policy; Falcon-40B's Apache 2.0 forbids nothing", async () => {
    const llama2 = (await detail("llama-2-70b")).licence;
    expect(llama2.forbiddenUses?.policy).toEqual({ name: "Llama 2 Acceptable Use Policy", url: "https://ai.meta.com/llama/use-policy" });
    expect(llama2.forbiddenUses?.uses.join(" ")).toMatch(/improve any other large language model/);
    expect((await detail("falcon-40b")).licence).toMatchObject({ slug: "apache-2-0", useRestrictions: false, forbiddenUses: null });
  });

  it("every reviewed licence with use restrictions says what they are, or which policy holds them", () => {
    const restricted = readCatalogue().licences.filter((l) => l.data.useRestrictions === true);
    expectEvery(restricted, (l) => l.data.forbiddenUses !== undefined, "licences with use restrictions");
  });

  it("Stable Diffusion is in the catalogue as image models", async () => {
    const images = await list("modality=image");
    expect(images.items.map((m) => m.slug)).toEqual(expect.arrayContaining(["stable-diffusion-v1-5", "stable-diffusion-2-1"]));
  });

  it("a model whose licence terms are unreviewed is never open source, on any page", async () => {
    const unreviewed = await list("licenceCategory=unreviewed");
    expect(unreviewed.total).toBeGreaterThan(0);
    expectEvery(unreviewed.items, (m) => m.access !== "open-source", "models with unreviewed licences");
    expect((await list("licenceCategory=unreviewed&access=open-source")).total).toBe(0);
  });

  it("DeepSeek left its own model licence for MIT: V3 is open weights, V3-0324 onwards is open source", async () => {
    expect(await detail("deepseek-v3")).toMatchObject({ licence: { slug: "deepseek-model-licence" }, access: "open-weights" });
    for (const slug of ["deepseek-v3-0324", "deepseek-v3-1", "deepseek-v3-2", "deepseek-v4-pro", "deepseek-v4-flash"])
      expect(await detail(slug), slug).toMatchObject({ licence: { slug: "mit" }, access: "open-source" });
  });

  it("Kimi K2 models carry Moonshot's modified MIT with its display condition, so they are open weights, not open source", async () => {
    const kimi = await list("licence=kimi-modified-mit");
    expect(kimi.items.map((m) => m.slug)).toEqual(expect.arrayContaining(["kimi-k2", "kimi-k2-0905", "kimi-k2-5"]));
    expectEvery(kimi.items, (m) => m.access === "open-weights", "models under the Kimi modified MIT");
    expect((await detail("kimi-k2-0905")).licence.conditions).toMatch(/100 million monthly active users/i);
  });

  it("Qwen2.5-VL sizes differ: 72B is under the Qwen licence (100M-MAU condition), 32B and 7B are Apache 2.0", async () => {
    expect(await detail("qwen2-5-vl-72b")).toMatchObject({ licence: { slug: "qwen-licence" }, access: "open-weights" });
    for (const slug of ["qwen2-5-vl-32b", "qwen2-5-vl-7b"])
      expect(await detail(slug), slug).toMatchObject({ licence: { slug: "apache-2-0" }, access: "open-source" });
  });

  // Licences reviewed for imported Western open-weights families (licence-assignments.json; Command R+ is a reviewed file).
  it.each([
    // Mistral's own model cards: Small 3.2 is Apache 2.0; Large 2.1 stays research-only (MRL).
    ["mistral-small-2506", "apache-2-0", "open-source"],
    ["mistral-large-2411", "mistral-research-licence", "open-weights"],
    // Cohere's open weights are non-commercial with the acceptable-use addendum; Command A+ is Apache 2.0.
    ["command-a-03-2025", "cohere-cc-by-nc-4-0-aup", "open-weights"],
    ["command-r-plus", "cohere-cc-by-nc-4-0-aup", "open-weights"],
    ["command-a-plus-05-2026", "apache-2-0", "open-source"],
    // OpenMDW-1.1 is permissive but not OSI-approved, so Nemotron 3 Ultra is open weights.
    ["nemotron-3-ultra-550b-a55b", "openmdw-1-1", "open-weights"],
    // Llama derivatives carry the Llama licence.
    ["llama-3-3-nemotron-super-49b-v1", "llama-3-3-community", "open-weights"],
    ["flux-2-klein-4b", "apache-2-0", "open-source"],
    // lic3: the Nemotron Open Model License is permissive but not OSI-approved, so open weights.
    ["nemotron-3-super-120b-a12b", "nvidia-nemotron-open-model-licence", "open-weights"],
    ["llama-3-1-nemotron-ultra-253b", "llama-3-1-community", "open-weights"],
    ["nemotron-content-safety-reasoning-4b", "gemma-terms-of-use", "open-weights"],
    // MIT on the makers' Hugging Face cards makes these open source.
    ["ling-1t", "mit", "open-source"],
    ["mimo-v2-flash", "mit", "open-source"],
    // Mistral Medium 3.5's revenue cap: conditional commercial use, never open source.
    ["mistral-medium-2604", "mistral-modified-mit", "open-weights"],
    // lic4: Qwen3-VL is Apache 2.0 (Qwen's Qwen3-VL repository); Arcee's Trinity moved to OpenMDW-1.1, so open weights.
    ["qwen3-vl-235b-a22b", "apache-2-0", "open-source"],
    ["qwen3-vl-30b-a3b", "apache-2-0", "open-source"],
    ["arcee-trinity-large-thinking", "openmdw-1-1", "open-weights"],
    // Listed as open weights by the dataset, but served only through an API.
    ["llama-3-3-8b", "unreviewed-proprietary", "closed"],
    ["mistral-nemotron", "unreviewed-proprietary", "closed"],
  ] as const)("%s is under %s and %s", async (slug, licence, access) => {
    expect(await detail(slug)).toMatchObject({ licence: { slug: licence }, access });
  });

  it("an imported open-weights model whose licence text was not read stays unreviewed, never open source", async () => {
    // Tencent's Hy3 preview names its own community licence, whose text was not read (see the lic3 notes).
    const hy3 = await detail("hy3-preview");
    expect(hy3).toMatchObject({ licence: { slug: "unreviewed-open-weights", category: "unreviewed", commercialUse: null }, access: "open-weights" });
  });

  it("non-commercial licences are never open source", async () => {
    const nc = await list("commercialUse=no");
    expect(nc.items.map((m) => m.slug)).toContain("mpt-7b-chat");
    expectEvery(nc.items, (m) => m.access !== "open-source", "non-commercial models");
  });
});
