// A quality measure is one benchmark in one evaluation setting: scores are
// compared only within a measure (a 5-shot MMLU score and a 0-shot
// chain-of-thought one are different numbers). The insights charts offer the
// measures the filtered catalogue actually has scores on.
import { isOpen, type InsightModel } from "./insight-model";

type MeasureModel = Pick<InsightModel, "access" | "benchmarks">;
type BenchmarkScore = InsightModel["benchmarks"][number];

export interface QualityMeasure {
  /** `benchmark|setting key`: stable, for selects and URLs. */
  id: string;
  benchmark: string;
  /** The setting as first published (null: the source states none). */
  setting: string | null;
  label: string;
  /** Models with a score on this measure, per side. */
  counts: { open: number; closed: number };
}

/**
 * The setting's comparison key: case, spacing and a leading unit word
 * ("percent resolved" is "resolved") do not make a different setting; anything
 * else does. No setting stated is its own group, never pooled with a stated one.
 */
export function settingKey(setting: string | null): string {
  if (setting === null) return "";
  return setting
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(percent|%)\s*/, "");
}

export const measureId = (benchmark: string, setting: string | null) => `${benchmark}|${settingKey(setting)}`;

export const measureLabel = (benchmark: string, setting: string | null) => (setting === null ? `${benchmark} (setting not stated)` : `${benchmark}, ${setting}`);

/** A model's score on a measure: its most recently published one (ties: the higher), or null. */
export function scoreOn(model: Pick<InsightModel, "benchmarks">, measure: Pick<QualityMeasure, "id">): BenchmarkScore | null {
  const scores = model.benchmarks.filter((b) => measureId(b.name, b.setting) === measure.id);
  scores.sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.score - a.score);
  return scores[0] ?? null;
}

/** Every measure the models have scores on, most-scored first (ties by name). */
export function qualityMeasures(models: readonly MeasureModel[]): QualityMeasure[] {
  const found = new Map<string, QualityMeasure>();
  for (const m of models) {
    const ids = new Set<string>();
    for (const b of m.benchmarks) {
      const id = measureId(b.name, b.setting);
      if (ids.has(id)) continue;
      ids.add(id);
      const measure = found.get(id) ?? { id, benchmark: b.name, setting: b.setting, label: measureLabel(b.name, b.setting), counts: { open: 0, closed: 0 } };
      if (isOpen(m.access)) measure.counts.open++;
      else measure.counts.closed++;
      found.set(id, measure);
    }
  }
  return [...found.values()].sort((a, b) => b.counts.open + b.counts.closed - (a.counts.open + a.counts.closed) || a.label.localeCompare(b.label));
}
