import { describe, expect, it } from "vitest";
import { mergeCatalogue, UNREVIEWED_OPEN_WEIGHTS, UNREVIEWED_PROPRIETARY, type DatasetSnapshot } from "@/lib/domain/merge-catalogue";
import { sizesFromName } from "@/lib/domain/parameter-name";
import { provenanceKind, provenanceTitle } from "@/lib/domain/provenance";
import type { ImportedModel } from "@/lib/schemas/imported";
import { modelFixture } from "../fixtures/catalogue";

const COMMIT = "f3fc692299671838c7c65fd8126bf84d81a2e817";
const DATASETS: DatasetSnapshot[] = [
  { name: "models.dev", repository: "https://github.com/anomalyco/models.dev", importedOn: "2026-11-30" },
  { name: "genai-prices", repository: "https://github.com/pydantic/genai-prices", importedOn: "2026-11-30" },
  { name: "eosai", repository: "https://github.com/Language-Technology-Assessment/main-database", importedOn: "2026-11-30" },
];

function imported(overrides: Partial<ImportedModel> & Pick<ImportedModel, "slug">, dataset: ImportedModel["ref"]["dataset"] = "models.dev"): { file: string; data: ImportedModel } {
  return {
    file: `imported/${dataset}/${overrides.slug}.json`,
    data: { ref: { dataset, commit: COMMIT, file: `models/acme/${overrides.slug}.toml` }, datasetId: `acme/${overrides.slug}`, ...overrides },
  };
}
const host = (provider: string, input: number, output: number) => ({
  provider, listingId: `x/${provider}`, file: `providers/${provider}/x.toml`, inputUsdPerMTok: input, outputUsdPerMTok: output,
  cachedInputUsdPerMTok: null, contextLength: 131_072, maxOutputTokens: null, quantisation: "fp8", lifecycle: "available" as const,
});
const merge = (parts: Partial<Parameters<typeof mergeCatalogue>[0]>) =>
  mergeCatalogue({ reviewed: [], imported: [], assignments: [], datasets: DATASETS, ...parts }).map((m) => m.data);

describe("mergeCatalogue", () => {
  it("keeps every reviewed fact over a dataset's value, and adds what the reviewed file lacks with the dataset as its source", () => {
    const reviewed = modelFixture();
    const [m] = merge({
      reviewed: [{ file: "models/acme-7b.json", data: reviewed }],
      imported: [imported({ slug: "acme-7b", contextLength: 32_768, releaseDate: "2020-01-01", knowledgeCutoff: "2023-12", toolCalling: true })],
    });
    expect(m?.review).toBe("reviewed");
    expect(m?.contextLength).toEqual(reviewed.contextLength);
    expect(m?.releaseDate).toEqual(reviewed.releaseDate);
    expect(m?.knowledgeCutoff).toEqual({ value: "2023-12", source: "dataset-models-dev" });
    expect(m?.toolCalling).toEqual({ value: true, source: "dataset-models-dev" });
    expect(m?.importedFrom).toEqual(["models.dev"]);
    expect(m?.sources["dataset-models-dev"]).toMatchObject({
      kind: "dataset",
      dataset: { name: "models.dev", commit: COMMIT, file: "models/acme/acme-7b.toml" },
      url: `https://github.com/anomalyco/models.dev/blob/${COMMIT}/models/acme/acme-7b.toml`,
      asOf: "2026-11-30",
    });
  });

  it("takes a field from the first dataset in precedence order that states it", () => {
    const [m] = merge({
      imported: [
        imported({ slug: "x-1", contextLength: 8_000 }, "genai-prices"),
        imported({ slug: "x-1", name: "X 1", organization: "acme", contextLength: 128_000 }),
      ],
    });
    expect(m?.contextLength).toEqual({ value: 128_000, source: "dataset-models-dev" });
  });

  it("never calls an imported open-weights model open source: its licence is unreviewed until assigned", () => {
    const [m] = merge({ imported: [imported({ slug: "open-1", name: "Open 1", organization: "acme", openWeights: true })] });
    expect(m?.review).toBe("imported");
    expect(m?.licence.value).toBe(UNREVIEWED_OPEN_WEIGHTS);
    expect(m?.weightsAccess).toEqual({ value: "open", source: "dataset-models-dev" });
    expect(m?.selfHostable.value).toBe(true);
    expect(m?.trainingCostUsd.value).toBeNull();
    expect(m?.openness).toBeNull();
  });

  it("uses the reviewed licence assignment, with its primary source, over the dataset's flag", () => {
    const source = { url: "https://huggingface.co/acme/open-1", title: "Open 1 card", asOf: "2026-11-30", kind: "primary" as const };
    const [m] = merge({
      imported: [imported({ slug: "open-1", name: "Open 1", organization: "acme", openWeights: true })],
      assignments: [{ licence: "apache-2-0", slugs: ["open-1"], weightsAccess: "gated", source }],
    });
    expect(m?.licence).toEqual({ value: "apache-2-0", source: "licence" });
    expect(m?.weightsAccess).toEqual({ value: "gated", source: "licence" });
    expect(m?.sources.licence).toEqual(source);
  });

  it("puts a closed imported model under unreviewed proprietary terms, and an unknown flag stays unknown", () => {
    const [closed, unknown] = merge({
      imported: [imported({ slug: "closed-1", name: "Closed 1", organization: "acme", openWeights: false }), imported({ slug: "mystery-1", name: "Mystery 1", organization: "acme" })],
    });
    expect(closed?.licence.value).toBe(UNREVIEWED_PROPRIETARY);
    expect(closed?.weightsAccess.value).toBe("none");
    expect(unknown?.weightsAccess.value).toBeNull();
    expect(unknown?.selfHostable.value).toBeNull();
  });

  it("keeps reviewed prices per provider, adds each host's listing, and prefers genai-prices' dated history for a provider", () => {
    const reviewed = modelFixture({ prices: [{ provider: "acme", inputUsdPerMTok: 1, outputUsdPerMTok: 2, effectiveDate: "2024-01-01", source: "card" }] });
    const [m] = merge({
      reviewed: [{ file: "models/acme-7b.json", data: reviewed }],
      imported: [
        imported({ slug: "acme-7b", hosts: [host("acme", 9, 9), host("together", 0.5, 0.6), host("groq", 0.3, 0.4)] }),
        imported(
          {
            slug: "acme-7b",
            prices: [
              { provider: "groq", inputUsdPerMTok: 0.4, outputUsdPerMTok: 0.5, cachedInputUsdPerMTok: null, effectiveDate: null, url: null, file: "prices/providers/groq.yml" },
              { provider: "groq", inputUsdPerMTok: 0.3, outputUsdPerMTok: 0.4, cachedInputUsdPerMTok: 0.1, effectiveDate: "2026-03-01", url: null, file: "prices/providers/groq.yml" },
            ],
          },
          "genai-prices",
        ),
      ],
    });
    const byProvider = (p: string) => m?.prices.filter((x) => x.provider === p) ?? [];
    expect(byProvider("acme")).toEqual(reviewed.prices);
    expect(byProvider("together")).toEqual([expect.objectContaining({ inputUsdPerMTok: 0.5, source: "dataset-models-dev-together", quantisation: "fp8", effectiveDate: "2026-11-30" })]);
    // A host's price links to the host's own listing, not to the model's file.
    expect(m?.sources["dataset-models-dev-together"]).toMatchObject({
      url: `https://github.com/anomalyco/models.dev/blob/${COMMIT}/providers/together/x.toml`,
      kind: "dataset",
      dataset: { name: "models.dev", commit: COMMIT, file: "providers/together/x.toml" },
    });
    // The undated first price is in force before the first dated change, never after it.
    expect(byProvider("groq").map((p) => [p.effectiveDate, p.inputUsdPerMTok, p.source, p.note])).toEqual([
      ["2026-02-28", 0.4, "dataset-genai-prices-groq", "The dataset gives no start date: in force before 2026-03-01."],
      ["2026-03-01", 0.3, "dataset-genai-prices-groq", undefined],
    ]);
    expect(m?.sources["dataset-genai-prices-groq"]?.url).toBe(`https://github.com/pydantic/genai-prices/blob/${COMMIT}/prices/providers/groq.yml`);
    expect(byProvider("groq").at(-1)).toMatchObject({ cachedInputUsdPerMTok: 0.1, contextLength: 131_072 });
    expect(m?.importedFrom).toEqual(["models.dev", "genai-prices"]);
  });

  it("sources an imported lifecycle to the maker's listing that states it, and keeps a reviewed lifecycle over it", () => {
    const deprecated = imported({ slug: "acme-7b", lifecycle: "deprecated", lifecycleFrom: { provider: "acme", file: "providers/acme/models/acme-7b.toml" } });
    const [m] = merge({ imported: [deprecated] });
    expect(m?.lifecycle).toEqual({ value: "deprecated", source: "dataset-models-dev-acme" });
    expect(m?.sources["dataset-models-dev-acme"]?.url).toBe(`https://github.com/anomalyco/models.dev/blob/${COMMIT}/providers/acme/models/acme-7b.toml`);
    const reviewed = modelFixture({ lifecycle: { value: "available", source: "card" } });
    const [r] = merge({ reviewed: [{ file: "models/acme-7b.json", data: reviewed }], imported: [deprecated] });
    expect(r?.lifecycle).toEqual({ value: "available", source: "card" });
  });

  it("shows the index's openness grades over our own, and says who graded them", () => {
    const grades = Object.fromEntries(Object.keys(modelFixture().openness).map((c) => [c, { grade: "closed" as const, evidence: null }]));
    const [m] = merge({
      reviewed: [{ file: "models/acme-7b.json", data: modelFixture() }],
      imported: [imported({ slug: "acme-7b", openness: grades, link: "https://osai-index.eu/model/acme" }, "eosai")],
    });
    expect(m?.opennessGradedBy).toBe("eosai");
    expect(Object.values(m?.openness ?? {}).every((g) => g.grade === "closed" && g.evidence === "https://osai-index.eu/model/acme")).toBe(true);
    expect(Object.keys(m?.openness ?? {})).toHaveLength(12);
    const [ours] = merge({ reviewed: [{ file: "models/acme-7b.json", data: modelFixture() }] });
    expect(ours?.opennessGradedBy).toBe("ours");
  });

  it("imports only benchmarks we track, each citing the maker's publication as a primary source", () => {
    const [m] = merge({
      imported: [
        imported({
          slug: "b-1", name: "B 1", organization: "acme",
          benchmarks: [
            { name: "GPQA Diamond", setting: null, score: 71.2, asOf: "2026-01-05", url: "https://acme.example/blog" },
            { name: "Some Leaderboard Index", setting: null, score: 50, asOf: "2026-01-05", url: "https://acme.example/blog" },
          ],
        }),
      ],
    });
    expect(m?.benchmarks).toHaveLength(1);
    const [b] = m?.benchmarks ?? [];
    expect(b).toMatchObject({ name: "GPQA Diamond", score: 71.2, publishedOn: "2026-01-05" });
    expect(m?.sources[b?.source ?? ""]).toMatchObject({ kind: "primary", url: "https://acme.example/blog" });
  });

  it("takes a dataset's own spelling of a tracked benchmark under our name", () => {
    const [m] = merge({
      imported: [
        imported({
          slug: "b-2", name: "B 2", organization: "acme",
          benchmarks: [
            { name: "SWE-Bench Verified", setting: "resolved", score: 79, asOf: "2026-04", url: "https://acme.example/card" },
            { name: "Humanity’s Last Exam", setting: null, score: 30, asOf: "2026-04", url: "https://acme.example/card" },
          ],
        }),
      ],
    });
    expect(m?.benchmarks.map((b) => b.name)).toEqual(["SWE-bench Verified", "Humanity's Last Exam"]);
  });

  it("reads sizes from an imported model's name, with the name as the stated source", () => {
    const [m] = merge({ imported: [imported({ slug: "qwen3-235b-a22b", name: "Qwen3 235B A22B", organization: "acme" })] });
    expect(m?.parameters).toEqual({ value: 235e9, source: "name" });
    expect(m?.activeParameters).toEqual({ value: 22e9, source: "name" });
    expect(m?.mixtureOfExperts).toBe(true);
    expect(m?.sources.name?.title).toMatch(/size as stated in the model's name/);
  });
});

describe("sizesFromName", () => {
  it.each([
    ["Qwen3 235B A22B", 235e9, 22e9],
    ["Qwen3-30B-A3B", 30e9, 3e9],
    ["gpt-oss-120b", 120e9, null],
    ["Llama 4 Maverick 17B 128E", null, 17e9],
    ["Llama 4 Scout 17B Instruct", null, 17e9],
    ["Gemma 3n E4B", null, null],
    ["GPT-5", null, null],
  ])("%s → total %s, active %s", (name, total, active) => {
    expect(sizesFromName(name)).toEqual({ total, active });
  });
});

describe("provenance labels", () => {
  it("names the dataset and its commit for an imported value, and says what kind a source is", () => {
    const dataset = { kind: "dataset" as const, dataset: { name: "models.dev", commit: COMMIT }, title: "models.dev dataset: x.toml", asOf: "2026-11-30" };
    expect(provenanceKind(dataset)).toBe("Imported from models.dev (commit f3fc692), not reviewed by us");
    expect(provenanceTitle(dataset)).toBe("models.dev dataset: x.toml — Imported from models.dev (commit f3fc692), not reviewed by us — read 2026-11-30");
    expect(provenanceKind({ kind: "secondary" })).toBe("Secondary source: press or a tracker");
    expect(provenanceKind({ kind: "primary" })).toBe("The maker’s own document");
    expect(provenanceKind({})).toBeNull();
    expect(provenanceTitle({ title: "Licence text", asOf: "2026-11-27" })).toBe("Licence text — read 2026-11-27");
  });
});
