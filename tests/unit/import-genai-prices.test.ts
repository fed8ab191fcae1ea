import path from "node:path";
import { writeFileSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGenaiPricesFiles } from "@/lib/schemas/dataset-formats/genai-prices";
import { DatasetError, type DatasetIssue } from "@/lib/schemas/dataset-formats/parse-files";
import { mapGenaiPrices } from "@/lib/domain/import/genai-prices";
import { findConflicts } from "@/lib/domain/import/conflicts";
import type { ImportedModel } from "@/lib/schemas/imported";
import { readSource } from "@/prisma/scripts/import/read-source";
import { importDataset } from "@/prisma/scripts/import-catalogue";
import { ALIASES, FIXTURES, PROVIDERS, catalogueDir, datasetRepo } from "./import-helpers";

const COMMIT = "47df840a5ab10bbcffb8e5ac01b9899032245d1b";
const KNOWN = ["claude-opus-4-1", "claude-opus-4-6", "claude-sonnet-4-5", "deepseek-r1", "deepseek-v3-2", "llama-3-3-70b"];

async function mapFixture() {
  const source = await readSource(path.join(FIXTURES, "genai-prices"), () => true);
  const issues: DatasetIssue[] = [];
  const providers = parseGenaiPricesFiles(source.files, issues);
  expect(issues).toEqual([]);
  return mapGenaiPrices(providers, { commit: COMMIT }, { aliases: ALIASES, providers: PROVIDERS, knownSlugs: KNOWN });
}

describe("genai-prices", () => {
  it("keeps dated changes as history, newest last, with the provider's pricing page", async () => {
    const mapped = await mapFixture();
    const opus = mapped.models.find((m) => m.slug === "claude-opus-4-6");
    expect(opus?.prices?.map((p) => [p.effectiveDate, p.inputUsdPerMTok, p.outputUsdPerMTok])).toEqual([
      [null, 5, 25],
      ["2026-03-13", 5, 25],
    ]);
    expect(opus?.prices?.[0]?.url).toBe("https://www.anthropic.com/pricing#api");
  });

  it("takes the base tier of a tiered price and cache_read as the cached input", async () => {
    const sonnet = (await mapFixture()).models.find((m) => m.slug === "claude-sonnet-4-5");
    expect(sonnet?.prices?.[0]).toMatchObject({ provider: "anthropic", inputUsdPerMTok: 3, outputUsdPerMTok: 15, cachedInputUsdPerMTok: 0.3, effectiveDate: null });
  });

  it("leaves out time-of-day discounts and resolves ids through the match rule", async () => {
    const mapped = await mapFixture();
    const r1 = mapped.models.find((m) => m.slug === "deepseek-r1");
    expect(r1?.prices?.length).toBe(1);
    expect(mapped.models.find((m) => m.slug === "llama-3-3-70b")?.prices?.[0]?.provider).toBe("together");
  });

  it("lists a model no catalogue model matches instead of dropping it", async () => {
    const mapped = await mapFixture();
    expect(mapped.unresolved).toContainEqual(expect.objectContaining({ provider: "anthropic", listingId: "claude-v1" }));
  });

  it("reports a price that disagrees with another dataset's listing of the same provider", async () => {
    const mapped = await mapFixture();
    const host = { provider: "anthropic", listingId: "claude-opus-4-1", file: "providers/anthropic/models/claude-opus-4-1.toml", inputUsdPerMTok: 15, outputUsdPerMTok: 80, cachedInputUsdPerMTok: null, contextLength: null, maxOutputTokens: null, quantisation: null, lifecycle: "available" as const };
    const other: ImportedModel = { slug: "claude-opus-4-1", ref: { dataset: "models.dev", commit: "f".repeat(40), file: "models/anthropic/claude-opus-4-1.toml" }, datasetId: "anthropic/claude-opus-4-1", hosts: [host] };
    const conflicts = findConflicts(mapped.models, [], [other], new Map());
    expect(conflicts).toEqual([
      expect.objectContaining({ slug: "claude-opus-4-1", field: "price anthropic", value: "15 / 75", other: "15 / 80" }),
    ]);
    expect(findConflicts(mapped.models, [], [{ ...other, hosts: [host, { ...host, listingId: "x", outputUsdPerMTok: 75 }] }], new Map())).toEqual([]);
  });

  it("skips a price the dataset says it copied from a router, so the provider is not listed as selling the model", () => {
    // openai.yml at the snapshot lists gpt-oss-120b at OpenRouter's price, though OpenAI sells no gpt-oss API.
    const yaml = [
      "name: OpenAI", "id: openai", "pricing_urls:", "  - https://openai.com/api/pricing/", "models:",
      "  - id: gpt-oss-120b", "    match:", "      equals: gpt-oss-120b",
      "    price_comments: Imported from OpenRouter pricing; verify against OpenAI pricing when native API pricing is published.",
      "    prices:", "      input_mtok: 0.039", "      output_mtok: 0.18",
      "  - id: gpt-5", "    match:", "      equals: gpt-5", "    prices:", "      input_mtok: 1.25", "      output_mtok: 10",
    ].join("\n");
    const issues: DatasetIssue[] = [];
    const providers = parseGenaiPricesFiles(new Map([["prices/providers/openai.yml", yaml]]), issues);
    expect(issues).toEqual([]);
    const mapped = mapGenaiPrices(providers, { commit: COMMIT }, { aliases: ALIASES, providers: PROVIDERS, knownSlugs: ["gpt-oss-120b", "gpt-5"] });
    expect(mapped.models.map((m) => m.slug)).toEqual(["gpt-5"]);
    expect(mapped.skipped).toContainEqual({ id: "openai/gpt-oss-120b", reason: "the dataset says this price was copied from OpenRouter, not published by the provider" });
  });

  it("names the bad file and field and writes nothing", async () => {
    const repo = datasetRepo("genai-prices", (d) => {
      const f = path.join(d, "prices/providers/together.yml");
      writeFileSync(f, readFileSync(f, "utf8").replace(/input_mtok: [\d.]+/, "input_mtok: cheap"));
    });
    const run = importDataset("genai-prices", repo, catalogueDir());
    await expect(run).rejects.toThrow(DatasetError);
    await expect(run).rejects.toThrow(/prices\/providers\/together\.yml: models\.0\.prices/);
  });
});
