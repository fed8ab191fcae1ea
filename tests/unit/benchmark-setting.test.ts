import { describe, expect, it } from "vitest";
import { benchmarkSettingClass, columnScore } from "@/lib/domain/benchmark-setting";

describe("benchmarkSettingClass", () => {
  it.each([
    ["5-shot", "5-shot"],
    ["5-shot, pretrained base model (macro_avg/acc_char)", "5-shot"],
    ["5-shot (May 2024 version of 1.5 Pro)", "5-shot"],
    ["5-shot CoT", "5-shot CoT"],
    ["5-shot chain-of-thought", "5-shot CoT"],
    ["0-shot chain-of-thought, simple-evals (gpt-4o-2024-08-06)", "0-shot CoT"],
    ["0-shot CoT, Instruct model (no 5-shot score published)", "0-shot CoT"],
    ["pass@1", "pass@1"],
  ])("%s → %s", (setting, expected) => {
    expect(benchmarkSettingClass(setting)).toBe(expected);
  });

  it.each([null, "", "shot count not given in the Papers with Code listing", "no tools, high reasoning effort", "as stated (rounded) in the report abstract"])(
    "%s states no comparable setting → null",
    (setting) => {
      expect(benchmarkSettingClass(setting)).toBeNull();
    },
  );
});

describe("columnScore", () => {
  const b = (score: number, setting: string | null, publishedOn: string) => ({ name: "MMLU", score, setting, publishedOn });

  it("takes the newest score in the ranked setting over a newer one in another setting", () => {
    expect(columnScore([b(70, "5-shot", "2023-01-01"), b(88, "0-shot CoT", "2024-06-01")], "MMLU", "5-shot")).toEqual({ score: 70, settingClass: "5-shot" });
  });

  it("falls back to the newest score, with its setting's class, and is null without a score", () => {
    expect(columnScore([b(80, "pass@1", "2024-01-01"), b(78, null, "2025-01-01")], "MMLU", "5-shot")).toEqual({ score: 78, settingClass: null });
    expect(columnScore([{ name: "GPQA Diamond", score: 50, setting: "0-shot", publishedOn: "2024-01-01" }], "MMLU", "5-shot")).toBeNull();
  });
});
