// Benchmark settings are free text in the catalogue ("5-shot, pretrained base
// model", "0-shot chain-of-thought, simple-evals"). Scores are comparable only
// within one setting, so sorts rank one class of setting at a time.

/**
 * The class of a benchmark setting: the shot count and whether it used
 * chain-of-thought ("5-shot", "5-shot CoT", "0-shot CoT"), or "pass@1";
 * null when the text states neither (such a score is never ranked against others).
 */
export function benchmarkSettingClass(setting: string | null): string | null {
  if (!setting) return null;
  const text = setting.toLowerCase();
  const shots = /(\d+)[- ]shot/.exec(text);
  const chainOfThought = /\bcot\b|chain[- ]of[- ]thought/.test(text);
  if (shots) return `${shots[1]}-shot${chainOfThought ? " CoT" : ""}`;
  if (text.includes("pass@1")) return "pass@1";
  return null;
}

/**
 * The score a model's column shows for a benchmark: the most recently
 * published one in the ranked setting class, otherwise the most recent in
 * any setting; with its setting class. null when the model has no score.
 */
export function columnScore(
  benchmarks: ReadonlyArray<{ name: string; setting: string | null; score: number; publishedOn: string }>,
  name: string,
  rankedClass: string,
): { score: number; settingClass: string | null } | null {
  const newestFirst = benchmarks.filter((b) => b.name === name).sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  const chosen = newestFirst.find((b) => benchmarkSettingClass(b.setting) === rankedClass) ?? newestFirst[0];
  return chosen ? { score: chosen.score, settingClass: benchmarkSettingClass(chosen.setting) } : null;
}
