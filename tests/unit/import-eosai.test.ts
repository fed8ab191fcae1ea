import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEosaiFiles } from "@/lib/schemas/dataset-formats/eosai";
import type { DatasetIssue } from "@/lib/schemas/dataset-formats/parse-files";
import { mapEosai, EOSAI_COMPONENTS } from "@/lib/domain/import/eosai";
import { OPENNESS_COMPONENTS } from "@/lib/schemas/catalogue";
import { readSource } from "@/prisma/scripts/import/read-source";
import { diffOpenness } from "@/lib/domain/import/openness-diff";

const COMMIT = "5a388e871b88735e7ab7e6fb230b76c9d460d99a";
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/datasets/eosai");

async function mapFixture(aliases: Record<string, string> = {}) {
  const source = await readSource(FIXTURES, () => true);
  const issues: DatasetIssue[] = [];
  const entries = parseEosaiFiles(source.files, issues);
  expect(issues).toEqual([]);
  return mapEosai(entries, { commit: COMMIT }, { aliases: { aliases, skip: {} }, knownSlugs: ["llama-4-maverick", "llama-2-70b", "llama-2-70b-chat", "llama-2-13b"] });
}

describe("EOSAI", () => {
  it("maps its twelve parameters onto our twelve components, in order", () => {
    expect(Object.values(EOSAI_COMPONENTS)).toEqual([...OPENNESS_COMPONENTS]);
  });

  it("grades the entry's end model (through an alias) with evidence links and no copied notes", async () => {
    const mapped = await mapFixture({ "llama-4-maverick-17b-128e": "llama-4-maverick" });
    const llama4 = mapped.models.find((m) => m.slug === "llama-4-maverick");
    expect(llama4?.ref).toEqual({ dataset: "eosai", commit: COMMIT, file: "llama-4.yaml" });
    expect(llama4?.openness?.["base-model-weights"]).toEqual({ grade: "partial", evidence: "https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E" });
    expect(llama4?.openness?.["base-model-data"]).toEqual({ grade: "closed", evidence: null });
    expect(Object.keys(llama4?.openness ?? {})).toEqual([...OPENNESS_COMPONENTS]);
    expect(JSON.stringify(llama4)).not.toContain("notes");
  });

  it("grades a maker's base model with its end model, never through a third party's fine-tune", async () => {
    const mapped = await mapFixture();
    expect(mapped.models.map((m) => m.slug)).toEqual(expect.arrayContaining(["llama-2-70b", "llama-2-70b-chat"]));
    expect(mapped.models.map((m) => m.slug)).not.toContain("llama-2-13b");
    expect(mapped.unresolved).toContainEqual(expect.objectContaining({ file: "BELLE.yaml" }));
  });
});

describe("diffOpenness", () => {
  it("lists the components graded differently, counting only those both graded", () => {
    const result = diffOpenness(
      { "base-model-data": { grade: "closed" }, licence: { grade: "open" }, paper: { grade: "na" } },
      { "base-model-data": { grade: "closed", evidence: null }, licence: { grade: "partial", evidence: "https://example.org/licence" } },
    );
    expect(result).toEqual({ compared: 2, differences: [{ component: "licence", reviewed: "open", eosai: "partial", eosaiEvidence: "https://example.org/licence" }] });
  });
});
