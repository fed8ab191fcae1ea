// Which benchmark scores of the compared models may be ranked against each other: only scores
// measured in the same setting (5-shot against 5-shot, never against 0-shot CoT). The compare
// table's quality rows and the summary both use this, so they never disagree.

export interface BenchmarkScore {
  name: string;
  setting: string | null;
  score: number;
  publishedOn: string;
  sourceUrl: string;
}

/** Scores where lower is better; every other benchmark here is higher-is-better. */
export const LOWER_IS_BETTER = new Set(["FID (COCO 30k)"]);

export interface BenchmarkComparison {
  name: string;
  /** The shared setting the scores are ranked in; null when no two models share one. */
  setting: string | null;
  /** Per model (page order): the score shown, or null when it has none (in that setting). */
  scores: Array<BenchmarkScore | null>;
  /** Per model: its scores in other settings, which are shown but not ranked. */
  otherSettings: Array<BenchmarkScore[]>;
  /** Ranked only when at least two models have a score in the same stated setting. */
  comparable: boolean;
  lowerIsBetter: boolean;
}

const latest = (scores: readonly BenchmarkScore[]) => [...scores].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))[0] ?? null;

/**
 * One benchmark across the models: the stated setting most of them share (ties: the most recent
 * score), each model's latest score in it, and their other scores. A score without a stated
 * setting is never ranked — "not stated" twice is not the same setting. With no shared setting,
 * each model's latest score is shown and none is ranked.
 */
export function compareBenchmark(models: ReadonlyArray<{ benchmarks: readonly BenchmarkScore[] }>, name: string): BenchmarkComparison {
  const perModel = models.map((m) => m.benchmarks.filter((b) => b.name === name));
  const settings = new Map<string, { models: number; newest: string }>();
  for (const scores of perModel)
    for (const setting of new Set(scores.flatMap((b) => (b.setting === null ? [] : [b.setting])))) {
      const newest = latest(scores.filter((b) => b.setting === setting))?.publishedOn ?? "";
      const seen = settings.get(setting);
      settings.set(setting, { models: (seen?.models ?? 0) + 1, newest: seen && seen.newest > newest ? seen.newest : newest });
    }
  const shared = [...settings.entries()].filter(([, s]) => s.models >= 2).sort((a, b) => b[1].models - a[1].models || b[1].newest.localeCompare(a[1].newest))[0]?.[0] ?? null;
  const scores = perModel.map((s) => (shared === null ? latest(s) : latest(s.filter((b) => b.setting === shared))));
  return {
    name,
    setting: shared,
    scores,
    otherSettings: perModel.map((s, i) => s.filter((b) => b !== scores[i] && b.setting !== shared)),
    comparable: shared !== null,
    lowerIsBetter: LOWER_IS_BETTER.has(name),
  };
}

/** Every benchmark any compared model has a score for, alphabetically. */
export function compareBenchmarks(models: ReadonlyArray<{ benchmarks: readonly BenchmarkScore[] }>): BenchmarkComparison[] {
  return [...new Set(models.flatMap((m) => m.benchmarks.map((b) => b.name)))].sort().map((name) => compareBenchmark(models, name));
}
