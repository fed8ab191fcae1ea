import "server-only";
// How many facts each kind of source and each dataset supplies: the data
// page's figures, counted from the loaded catalogue, memoised per version.
import { readFileSync } from "node:fs";
import path from "node:path";
import { datasetsFileSchema, type DatasetsFile } from "@/lib/schemas/datasets";
import { catalogueMemo } from "./catalogue-memo";
import { getDb } from "./prisma";

export interface ProvenanceCounts {
  models: { reviewed: number; imported: number };
  /** Sourced facts (key facts, prices, benchmark scores) by the kind of their source; unknown = a reasoned null. */
  facts: { primary: number; secondary: number; dataset: number; unknown: number };
  /** Facts per dataset, plus openness components graded by the index. */
  byDataset: Record<string, number>;
  openness: { ours: number; eosai: number; ungraded: number };
}

const memo = catalogueMemo<ProvenanceCounts>(2);

export function provenanceCounts(): Promise<ProvenanceCounts> {
  return memo("provenance", countProvenance);
}

async function countProvenance(): Promise<ProvenanceCounts> {
  const { db } = getDb();
  const [sources, facts, prices, benchmarks, models, grades] = await Promise.all([
    db.modelSource.findMany({ select: { modelSlug: true, key: true, kind: true, dataset: true } }),
    db.modelFact.findMany({ select: { modelSlug: true, sourceKey: true, unknownReason: true } }),
    db.price.findMany({ select: { modelSlug: true, sourceKey: true } }),
    db.benchmark.findMany({ select: { modelSlug: true, sourceKey: true } }),
    db.model.groupBy({ by: ["review", "opennessGradedBy"], _count: { _all: true } }),
    db.opennessGrade.groupBy({ by: ["gradedBy"], _count: { _all: true } }),
  ]);
  const byKey = new Map(sources.map((s) => [`${s.modelSlug}|${s.key}`, s]));
  const counts: ProvenanceCounts = {
    models: { reviewed: 0, imported: 0 },
    facts: { primary: 0, secondary: 0, dataset: 0, unknown: 0 },
    byDataset: {},
    openness: { ours: 0, eosai: 0, ungraded: 0 },
  };
  for (const row of [...facts, ...prices, ...benchmarks]) {
    if ("unknownReason" in row && row.unknownReason !== null) {
      counts.facts.unknown += 1;
      continue;
    }
    const source = row.sourceKey === null ? undefined : byKey.get(`${row.modelSlug}|${row.sourceKey}`);
    if (!source) continue;
    const kind = source.kind as keyof ProvenanceCounts["facts"];
    counts.facts[kind] += 1;
    if (source.dataset) counts.byDataset[source.dataset] = (counts.byDataset[source.dataset] ?? 0) + 1;
  }
  for (const g of grades) if (g.gradedBy === "eosai") counts.byDataset.eosai = (counts.byDataset.eosai ?? 0) + g._count._all;
  for (const m of models) {
    counts.models[m.review === "imported" ? "imported" : "reviewed"] += m._count._all;
    const grader = m.opennessGradedBy === "eosai" ? "eosai" : m.opennessGradedBy === "ours" ? "ours" : "ungraded";
    counts.openness[grader] += m._count._all;
  }
  return counts;
}

let datasets: DatasetsFile["datasets"] | undefined;

/** The imported datasets' snapshot records (prisma/catalogue/datasets.json), read once. */
export function listDatasets(): DatasetsFile["datasets"] {
  // NOTE: read from the working directory, like the SQLite path: the app runs from the project root.
  datasets ??= datasetsFileSchema.parse(JSON.parse(readFileSync(path.join(process.cwd(), "prisma/catalogue/datasets.json"), "utf8"))).datasets;
  return datasets;
}
