import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseModelsDevFiles, inheritBaseModel } from "@/lib/schemas/dataset-formats/models-dev";
import { DatasetError, type DatasetIssue } from "@/lib/schemas/dataset-formats/parse-files";
import { mapModelsDev } from "@/lib/domain/import/models-dev";
import { readSource } from "@/prisma/scripts/import/read-source";
import { importDataset } from "@/prisma/scripts/import-catalogue";
import { modelFixture } from "../fixtures/catalogue";
import { ALIASES, FIXTURES, PROVIDERS, catalogueDir, datasetRepo } from "./import-helpers";

const wanted = () => true;
const COMMIT = "f3fc692299671838c7c65fd8126bf84d81a2e817";

async function mapFixture(reviewedSlugs: string[] = []) {
  const source = await readSource(path.join(FIXTURES, "models.dev"), wanted);
  const issues: DatasetIssue[] = [];
  const snapshot = parseModelsDevFiles(source.files, issues);
  expect(issues).toEqual([]);
  return { snapshot, mapped: mapModelsDev(snapshot, { commit: COMMIT }, { aliases: ALIASES, providers: PROVIDERS, reviewedSlugs }) };
}

describe("models.dev format", () => {
  it("reads canonical models, providers and their listings from the TOML folders", async () => {
    const { snapshot } = await mapFixture();
    expect([...snapshot.models.keys()].sort()).toEqual([
      "anthropic/claude-opus-4-1",
      "anthropic/claude-opus-4-1-20250805",
      "meta/llama-3.3-70b-instruct",
      "openai/gpt-5-chat-latest",
      "openai/gpt-5.5",
    ]);
    expect(snapshot.providers.get("togetherai")?.data.name).toBe("Together AI");
    expect([...(snapshot.providers.get("togetherai")?.listings.keys() ?? [])]).toEqual(["meta-llama/Llama-3.3-70B-Instruct-Turbo"]);
  });

  it("inherits a base_model's facts and removes base_model_omit paths", async () => {
    const { snapshot } = await mapFixture();
    const listing = snapshot.providers.get("amazon-bedrock")!.listings.get("openai.gpt-5.5")!.data;
    const merged = inheritBaseModel(listing, snapshot.models.get("openai/gpt-5.5")!.data);
    expect(merged.name).toBe(snapshot.models.get("openai/gpt-5.5")!.data.name);
    expect(merged.cost?.input).toBe(5.5);
    expect(merged.limit).toEqual({ context: 272_000, output: 128_000 });
    expect(merged.benchmarks).toBeUndefined();
  });
});

describe("models.dev mapping", () => {
  it("joins a dated snapshot to its model and skips pointer ids with the reason", async () => {
    const { mapped } = await mapFixture();
    const opus = mapped.models.filter((m) => m.slug.startsWith("claude-opus"));
    expect(opus.map((m) => m.slug)).toEqual(["claude-opus-4-1"]);
    expect(opus[0]?.name).toBe("Claude Opus 4.1");
    expect(opus[0]?.hosts?.map((h) => [h.provider, h.listingId, h.inputUsdPerMTok])).toEqual([["anthropic", "claude-opus-4-1-20250805", 15]]);
    expect(mapped.skipped).toContainEqual({ id: "openai/gpt-5-chat-latest", reason: expect.stringContaining("pointer") as string });
  });

  it("attaches a host's listing to the reviewed slug and keeps that slug", async () => {
    const { mapped } = await mapFixture(["llama-3-3-70b"]);
    const llama = mapped.models.find((m) => m.slug === "llama-3-3-70b");
    expect(llama?.datasetId).toBe("meta/llama-3.3-70b-instruct");
    expect(llama?.hosts?.[0]).toMatchObject({ provider: "together", listingId: "meta-llama/Llama-3.3-70B-Instruct-Turbo", inputUsdPerMTok: 0.88 });
  });

  it("makes an open-weights model two hosts serve without a canonical file; a host that flags it closed still joins", async () => {
    const { mapped } = await mapFixture();
    const v32 = mapped.models.find((m) => m.slug === "deepseek-v3-2");
    expect(v32?.organization).toBe("deepseek");
    expect(v32?.openWeights).toBe(true);
    expect(v32?.hosts?.map((h) => h.provider)).toEqual(["deepinfra", "friendli", "novita"]);
  });

  it("lists every listing it cannot attach, and accounts for all of them", async () => {
    const { snapshot, mapped } = await mapFixture();
    expect(mapped.unresolved).toContainEqual(expect.objectContaining({ provider: "groq", listingId: "meta-llama/llama-prompt-guard-2-22m" }));
    expect(mapped.skipped).toContainEqual(expect.objectContaining({ id: "providers/openrouter" }));
    const total = [...snapshot.providers.values()].reduce((n, p) => n + p.listings.size, 0);
    const skippedListings = [...snapshot.providers].filter(([id]) => ALIASES.skip[`models.dev:providers/${id}`]).reduce((n, [, p]) => n + p.listings.size, 0);
    expect(mapped.attached + mapped.unresolved.length + skippedListings + mapped.skipped.filter((s) => s.id.split("/").length > 1 && !s.id.startsWith("providers/") && !s.id.startsWith("openai/")).length).toBe(total);
  });
});

describe("models.dev prices in another unit", () => {
  const listing = (cost: string) => `name = "Voxtral Small 24B"\nopen_weights = true\n\n[cost]\n${cost}\n\n[limit]\ncontext = 32_000\noutput = 32_000\n`;
  const parse = (cost: string) => {
    const issues: DatasetIssue[] = [];
    const files = new Map([
      ["providers/evroc/provider.toml", 'name = "evroc"\n'],
      ["providers/evroc/models/mistralai/Voxtral-Small-24B-2507.toml", listing(cost)],
    ]);
    const snapshot = parseModelsDevFiles(files, issues);
    expect(issues).toEqual([]);
    return snapshot.providers.get("evroc")!.listings.get("mistralai/Voxtral-Small-24B-2507")!.data;
  };

  // As in evroc's listing at f3fc692: "# per audio minute" above input = 0.0023, which read
  // per 1M tokens made a speech model the cheapest model in the catalogue.
  it("drops a price whose [cost] comment names another unit, and keeps the unit to say why", () => {
    const data = parse("# per audio minute\ninput = 0.0023\noutput = 0.0023");
    expect(data.cost).toBeUndefined();
    expect(data.cost_unit).toBe("audio minute");
    expect(data.limit?.context).toBe(32_000);
  });

  it("keeps a price whose comment speaks of tokens, or that has no comment", () => {
    expect(parse("input = 0.15      # USD per 1M input tokens\noutput = 0.6").cost).toEqual({ input: 0.15, output: 0.6 });
    expect(parse("input = 0.15\noutput = 0.6").cost_unit).toBeUndefined();
  });

  it("does not let such a listing inherit its base model's token prices", () => {
    const base = { name: "Voxtral", cost: { input: 0.1, output: 0.3 } };
    expect(inheritBaseModel({ cost_unit: "audio minute", base_model: "mistral/voxtral" }, base).cost).toBeUndefined();
  });
});

describe("models.dev lifecycle", () => {
  const map = (makerStatus: string, hostStatus = "") => {
    const issues: DatasetIssue[] = [];
    const files = new Map([
      ["models/anthropic/claude-3-5-sonnet-20241022.toml", 'name = "Claude Sonnet 3.5 v2"\nrelease_date = "2024-10-22"\n'],
      ["providers/anthropic/provider.toml", 'name = "Anthropic"\n'],
      ["providers/anthropic/models/claude-3-5-sonnet-20241022.toml", `base_model = "anthropic/claude-3-5-sonnet-20241022"\n${makerStatus}\n[cost]\ninput = 3\noutput = 15\n`],
      ["providers/amazon-bedrock/provider.toml", 'name = "Amazon Bedrock"\n'],
      ["providers/amazon-bedrock/models/anthropic.claude-3-5-sonnet-20241022-v2:0.toml", `base_model = "anthropic/claude-3-5-sonnet-20241022"\n${hostStatus}\n[cost]\ninput = 3\noutput = 15\n`],
    ]);
    const snapshot = parseModelsDevFiles(files, issues);
    expect(issues).toEqual([]);
    return mapModelsDev(snapshot, { commit: COMMIT }, { aliases: ALIASES, providers: PROVIDERS, reviewedSlugs: [] }).models[0]!;
  };

  // models.dev marks deprecation on listings (Anthropic's own, at f3fc692), never on the model file.
  it("takes the maker's own listing's deprecation as the model's, naming that listing", () => {
    const m = map('status = "deprecated"');
    expect(m.lifecycle).toBe("deprecated");
    expect(m.lifecycleFrom).toEqual({ provider: "anthropic", file: "providers/anthropic/models/claude-3-5-sonnet-20241022.toml" });
  });

  it("ignores a host winding down its copy while the maker still serves the model", () => {
    const m = map("", 'status = "deprecated"');
    expect(m.lifecycle).toBeUndefined();
    expect(m.hosts?.find((h) => h.provider === "amazon-bedrock")?.lifecycle).toBe("deprecated");
  });
});

describe("catalogue:import --source models.dev", () => {
  it("writes one file per model with the commit, and a re-import changes nothing", async () => {
    const repo = datasetRepo("models.dev");
    const dir = catalogueDir();
    const first = await importDataset("models.dev", repo, dir);
    expect(first.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(first.plan.added.length).toBe(first.mapped.models.length);
    const file = path.join(dir, "imported/models.dev/claude-opus-4-1.json");
    const text = readFileSync(file, "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ ref: { dataset: "models.dev", commit: first.source.commit, file: "models/anthropic/claude-opus-4-1-20250805.toml" } });
    const second = await importDataset("models.dev", repo, dir);
    expect([second.plan.added, second.plan.changed, second.plan.removed]).toEqual([[], [], []]);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("names the bad file and field and writes nothing", async () => {
    const repo = datasetRepo("models.dev", (d) => {
      const f = path.join(d, "providers/deepinfra/models/deepseek-ai/DeepSeek-V3.2.toml");
      writeFileSync(f, readFileSync(f, "utf8").replace(/^input = .*$/m, 'input = "cheap"'));
    });
    const dir = catalogueDir();
    const run = importDataset("models.dev", repo, dir);
    await expect(run).rejects.toThrow(DatasetError);
    await expect(run).rejects.toThrow(/providers\/deepinfra\/models\/deepseek-ai\/DeepSeek-V3\.2\.toml: cost\.input/);
    expect(existsSync(path.join(dir, "imported/models.dev")) ? readdirSync(path.join(dir, "imported/models.dev")) : []).toEqual([]);
  });

  it("reports a value that disagrees with a reviewed file, and leaves the reviewed file alone", async () => {
    const reviewed = modelFixture({ slug: "llama-3-3-70b", name: "Llama 3.3 70B", parameters: { value: 70_600_000_000, source: "card" }, releaseDate: { value: "2024-12-01", source: "card" } });
    const dir = catalogueDir({ models: [reviewed] });
    const before = readFileSync(path.join(dir, "models/llama-3-3-70b.json"), "utf8");
    const run = await importDataset("models.dev", datasetRepo("models.dev"), dir);
    expect(run.conflicts).toContainEqual(expect.objectContaining({ slug: "llama-3-3-70b", field: "releaseDate", value: "2024-12-06", other: "2024-12-01" }));
    expect(readFileSync(path.join(dir, "models/llama-3-3-70b.json"), "utf8")).toBe(before);
  });
});

describe("models.dev generated JSON", () => {
  it("reads catalog.json ({ models, providers }) to the same models as the TOML folders", async () => {
    const { snapshot, mapped } = await mapFixture();
    const catalog = {
      models: Object.fromEntries([...snapshot.models].map(([id, m]) => [id, { id: id.split("/")[1], ...m.data }])),
      providers: Object.fromEntries(
        [...snapshot.providers].map(([id, p]) => [id, { id, ...p.data, models: Object.fromEntries([...p.listings].map(([lid, l]) => [lid, inheritBaseModel(l.data, l.data.base_model ? snapshot.models.get(l.data.base_model)?.data : undefined)])) }]),
      ),
    };
    const issues: DatasetIssue[] = [];
    const fromJson = parseModelsDevFiles(new Map([["catalog.json", JSON.stringify(catalog)]]), issues);
    expect(issues).toEqual([]);
    const remapped = mapModelsDev(fromJson, { commit: null, url: "https://models.dev/catalog.json", retrievedOn: "2026-11-30" }, { aliases: ALIASES, providers: PROVIDERS, reviewedSlugs: [] });
    expect(remapped.models.map((m) => m.slug)).toEqual(mapped.models.map((m) => m.slug));
    expect(remapped.models[0]?.ref).toMatchObject({ commit: null, url: "https://models.dev/catalog.json", retrievedOn: "2026-11-30" });
  });

  it("refuses a source with no dataset files instead of removing every model", async () => {
    await expect(importDataset("models.dev", FIXTURES + "/eosai", catalogueDir())).rejects.toThrow(/no models.dev files found/);
  });
});
