// "Which open model is closest to GPT-4 in quality?": the model across the
// open/closed divide whose benchmark score is nearest to this model's. Only
// scores of one benchmark in one setting class compare (./benchmark-setting.ts),
// each model's score chosen as the catalogue's columns choose it (columnScore).
import type { AccessClass, LIFECYCLE } from "@/lib/schemas/vocabulary";
import { benchmarkSettingClass, columnScore } from "./benchmark-setting";
import { comparableModalities } from "./comparable-modalities";

export interface ScoreRow {
  name: string;
  setting: string | null;
  score: number;
  publishedOn: string;
}

export interface ClosestCandidate {
  slug: string;
  name: string;
  access: AccessClass;
  modality: string;
  lifecycle: (typeof LIFECYCLE)[number] | null;
  benchmarks: readonly ScoreRow[];
}

export interface ClosestModel {
  slug: string;
  name: string;
  access: AccessClass;
  benchmark: string;
  settingClass: string;
  /** The other model's score. */
  score: number;
  /** This model's score it was measured against. */
  ownScore: number;
}

/** The widely reported benchmarks first: the answer should name one a reader knows. */
const PREFERRED_BENCHMARKS = ["MMLU", "MMLU-Pro", "GPQA Diamond", "HumanEval", "MATH", "GSM8K"];

/** The access classes on the other side of the divide. */
export function otherSide(access: AccessClass): AccessClass[] {
  return access === "closed" ? ["open-source", "open-weights"] : ["closed"];
}

/** The benchmarks to try, in order: those the model has a comparable score for, preferred ones first, then alphabetically. */
export function benchmarksToTry(benchmarks: readonly ScoreRow[]): string[] {
  const names = [...new Set(benchmarks.filter((b) => benchmarkSettingClass(b.setting) !== null).map((b) => b.name))];
  const rank = (name: string) => {
    const i = PREFERRED_BENCHMARKS.indexOf(name);
    return i === -1 ? PREFERRED_BENCHMARKS.length : i;
  };
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The model's score on `name` in each setting class it was measured in: the newest in that class. */
export function ownScores(benchmarks: readonly ScoreRow[], name: string): Array<{ settingClass: string; score: number }> {
  const classes = new Set(benchmarks.filter((b) => b.name === name).map((b) => benchmarkSettingClass(b.setting)));
  return [...classes]
    .filter((c): c is string => c !== null)
    .sort()
    .flatMap((settingClass) => {
      const own = columnScore(benchmarks, name, settingClass);
      return own ? [{ settingClass, score: own.score }] : [];
    });
}

/** What is needed of the model the line is for. */
export type ClosestFor = { access: AccessClass; modality: string; benchmarks: readonly ScoreRow[] };

/** The nearest candidate on one benchmark, or null when none has a score in a class this model has. */
export function closestOnBenchmark(model: ClosestFor, name: string, candidates: readonly ClosestCandidate[]): ClosestModel | null {
  const sides = otherSide(model.access);
  const modalities = comparableModalities(model.modality);
  const eligible = candidates.filter((c) => sides.includes(c.access) && modalities.includes(c.modality) && c.lifecycle !== "retired");
  const options = ownScores(model.benchmarks, name).flatMap(({ settingClass, score: ownScore }) =>
    eligible.flatMap((c) => {
      const theirs = columnScore(c.benchmarks, name, settingClass);
      // columnScore falls back to another setting; only the same class compares.
      return theirs?.settingClass === settingClass ? [{ slug: c.slug, name: c.name, access: c.access, benchmark: name, settingClass, score: theirs.score, ownScore }] : [];
    }),
  );
  return options.sort(nearestFirst)[0] ?? null;
}

/** The closest model across the divide on the first benchmark (in `benchmarksToTry` order) that has one; null when no score compares. */
export function closestModel(model: ClosestFor, candidates: readonly ClosestCandidate[]): ClosestModel | null {
  for (const name of benchmarksToTry(model.benchmarks)) {
    const pick = closestOnBenchmark(model, name, candidates);
    if (pick) return pick;
  }
  return null;
}

// Rounded, so that 87.1 − 86.4 and 86.4 − 85.7 tie as a reader sees them
// (binary fractions make them differ in the fifteenth digit).
const distance = (o: ClosestModel) => Math.round(Math.abs(o.score - o.ownScore) * 1e6);

/** Smallest difference first; a tie goes to the higher score, then the slug. */
function nearestFirst(a: ClosestModel, b: ClosestModel): number {
  return distance(a) - distance(b) || b.score - a.score || a.slug.localeCompare(b.slug);
}
