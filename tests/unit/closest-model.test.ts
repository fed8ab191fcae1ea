import { describe, expect, it } from "vitest";
import { benchmarksToTry, closestModel, ownScores, type ClosestCandidate, type ScoreRow } from "@/lib/domain/closest-model";

const score = (name: string, value: number, setting: string | null = "5-shot", publishedOn = "2024-01-01"): ScoreRow => ({ name, setting, score: value, publishedOn });

const candidate = (slug: string, benchmarks: ScoreRow[], overrides: Partial<ClosestCandidate> = {}): ClosestCandidate => ({
  slug,
  name: slug.toUpperCase(),
  access: "open-weights",
  modality: "text",
  lifecycle: "available",
  benchmarks,
  ...overrides,
});

const closed = (benchmarks: ScoreRow[]) => ({ access: "closed" as const, modality: "text", benchmarks });

describe("closestModel", () => {
  it("picks the open model nearest in the same setting class", () => {
    const pick = closestModel(closed([score("MMLU", 86.4)]), [
      candidate("far", [score("MMLU", 80)]),
      candidate("near", [score("MMLU", 87.1, "5-shot, base model")]),
      candidate("below", [score("MMLU", 85.2, "5-shot, pretrained base model")]),
    ]);
    expect(pick).toEqual({ slug: "near", name: "NEAR", access: "open-weights", benchmark: "MMLU", settingClass: "5-shot", score: 87.1, ownScore: 86.4 });
  });

  it("ignores scores in another setting class and scores whose setting has no class", () => {
    const pick = closestModel(closed([score("MMLU", 86.4)]), [
      candidate("cot", [score("MMLU", 86.5, "0-shot chain-of-thought")]),
      candidate("unstated", [score("MMLU", 86.4, "shot count not given")]),
      candidate("no-setting", [score("MMLU", 86.4, null)]),
      candidate("five-shot", [score("MMLU", 70)]),
    ]);
    expect(pick?.slug).toBe("five-shot");
  });

  it("uses each model's newest score in the class, as the catalogue's columns do", () => {
    const model = closed([score("MMLU", 60, "5-shot", "2023-01-01"), score("MMLU", 86.4, "5-shot", "2024-01-01")]);
    const pick = closestModel(model, [
      candidate("old-score-near", [score("MMLU", 86.4, "5-shot", "2023-01-01"), score("MMLU", 50, "5-shot", "2024-06-01")]),
      candidate("steady", [score("MMLU", 84)]),
    ]);
    expect(pick).toMatchObject({ slug: "steady", ownScore: 86.4 });
  });

  it("never offers a model on the same side, of another kind, or retired", () => {
    const candidates = [
      candidate("closed-twin", [score("MMLU", 86.4)], { access: "closed" }),
      candidate("image", [score("MMLU", 86.4)], { modality: "image" }),
      candidate("retired", [score("MMLU", 86.4)], { lifecycle: "retired" }),
      candidate("open-source", [score("MMLU", 75)], { access: "open-source", modality: "multimodal", lifecycle: null }),
    ];
    expect(closestModel(closed([score("MMLU", 86.4)]), candidates)?.slug).toBe("open-source");
    // From the open side, only the closed one is across the divide.
    expect(closestModel({ access: "open-source", modality: "text", benchmarks: [score("MMLU", 70)] }, candidates)?.slug).toBe("closed-twin");
  });

  it("falls back to the next benchmark when the first has no comparable score across the divide", () => {
    const model = closed([score("MMLU", 86.4), score("GPQA Diamond", 40, "0-shot")]);
    const pick = closestModel(model, [candidate("gpqa-only", [score("GPQA Diamond", 41, "0-shot"), score("MMLU", 86, "0-shot CoT")])]);
    expect(pick).toMatchObject({ slug: "gpqa-only", benchmark: "GPQA Diamond", settingClass: "0-shot", score: 41, ownScore: 40 });
  });

  it("breaks a tie by the higher score, then by slug", () => {
    const model = closed([score("MMLU", 86.4)]);
    expect(closestModel(model, [candidate("under", [score("MMLU", 85.7)]), candidate("over", [score("MMLU", 87.1)])])?.slug).toBe("over");
    expect(closestModel(model, [candidate("b-model", [score("MMLU", 87)]), candidate("a-model", [score("MMLU", 87)])])?.slug).toBe("a-model");
  });

  it("returns null when nothing compares", () => {
    expect(closestModel(closed([]), [candidate("any", [score("MMLU", 86)])])).toBeNull();
    expect(closestModel(closed([score("MMLU", 86.4, "no tools")]), [candidate("any", [score("MMLU", 86.4, "no tools")])])).toBeNull();
    expect(closestModel(closed([score("MMLU", 86.4)]), [candidate("other-benchmark", [score("HumanEval", 86.4, "pass@1")])])).toBeNull();
    expect(closestModel(closed([score("MMLU", 86.4)]), [])).toBeNull();
  });
});

describe("benchmarksToTry", () => {
  it("puts MMLU and the other widely reported benchmarks first, the rest alphabetically, and skips unclassed ones", () => {
    const names = benchmarksToTry([
      score("SWE-bench Verified", 50, "pass@1"),
      score("HellaSwag", 80, "10-shot"),
      score("GSM8K", 90, "8-shot CoT"),
      score("MMLU", 86),
      score("LiveCodeBench", 30, "no setting stated"),
    ]);
    expect(names).toEqual(["MMLU", "GSM8K", "HellaSwag", "SWE-bench Verified"]);
  });
});

describe("ownScores", () => {
  it("gives the newest score of each class a model was measured in", () => {
    const scores = ownScores([score("MMLU", 70, "5-shot", "2023-01-01"), score("MMLU", 72, "5-shot", "2024-01-01"), score("MMLU", 88, "0-shot CoT"), score("MMLU", 90, null)], "MMLU");
    expect(scores).toEqual([{ settingClass: "0-shot CoT", score: 88 }, { settingClass: "5-shot", score: 72 }]);
  });
});
