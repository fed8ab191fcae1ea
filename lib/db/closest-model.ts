import "server-only";
// The model page's "closest open (or closed) model in quality": the rule is
// lib/domain/closest-model.ts; this reads only the scores near the model's own,
// along the Benchmark(name, score) index, so the page stays fast however large
// the catalogue grows.
import { benchmarksToTry, closestOnBenchmark, otherSide, ownScores, type ClosestCandidate, type ClosestFor, type ClosestModel } from "@/lib/domain/closest-model";
import { comparableModalities } from "@/lib/domain/comparable-modalities";
import { catalogueMemo } from "./catalogue-memo";
import { closestCandidateSelect, toClosestCandidate } from "./mappers";
import { getDb } from "./prisma";

/**
 * Scores read above and below the model's own, per setting class it has.
 * NOTE: the setting class is parsed from free text, so it is filtered here,
 * not in SQL: a candidate in the right class behind this many nearer scores
 * in other classes is missed, and a farther one may be named instead.
 */
const WINDOW = 50;

/** Remembered per catalogue version, "none" included: a popular page reads its scores once. */
const picks = catalogueMemo<{ pick: ClosestModel | null }>(2000);

/** The closest model across the divide by a comparable benchmark score, or null when none compares. */
export async function closestModel(model: ClosestFor & { slug: string }): Promise<ClosestModel | null> {
  return (await picks(model.slug, async () => ({ pick: await readClosest(model) }))).pick;
}

async function readClosest(model: ClosestFor): Promise<ClosestModel | null> {
  // One benchmark at a time: most models are settled by the first (MMLU), so the rest are never read.
  for (const name of benchmarksToTry(model.benchmarks)) {
    const pick = closestOnBenchmark(model, name, await candidatesNear(model, name));
    if (pick) return pick;
  }
  return null;
}

/** The eligible models with a score on `name` nearest to each of the model's own, with all their scores on it. */
async function candidatesNear(model: ClosestFor, name: string): Promise<ClosestCandidate[]> {
  const { db } = getDb();
  const eligible = {
    access: { in: otherSide(model.access) },
    modality: { in: comparableModalities(model.modality) },
    OR: [{ lifecycle: null }, { lifecycle: { not: "retired" } }],
  };
  const near = await Promise.all(
    ownScores(model.benchmarks, name).flatMap(({ score }) => [
      db.benchmark.findMany({ where: { name, score: { gte: score }, model: eligible }, orderBy: { score: "asc" }, take: WINDOW, select: { modelSlug: true } }),
      db.benchmark.findMany({ where: { name, score: { lt: score }, model: eligible }, orderBy: { score: "desc" }, take: WINDOW, select: { modelSlug: true } }),
    ]),
  );
  const slugs = [...new Set(near.flat().map((b) => b.modelSlug))];
  if (slugs.length === 0) return [];
  // All their scores, so each is judged by its newest in the class, as the model itself is.
  const rows = await db.model.findMany({ where: { slug: { in: slugs } }, select: closestCandidateSelect });
  return rows.map(toClosestCandidate);
}
