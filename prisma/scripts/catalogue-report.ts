// `npm run catalogue:report`: what the imported datasets say against the
// reviewed files and against each other (conflicts), and, where EOSAI graded
// a model we graded too, the components on which the grades differ.
// Reads only; writes nothing.
import { DATASETS } from "@/lib/schemas/imported";
import { findConflicts, reviewedFactsOf } from "@/lib/domain/import/conflicts";
import { diffOpenness } from "@/lib/domain/import/openness-diff";
import { OUTLIER_FACTOR, priceOutliers } from "@/lib/domain/import/price-outliers";
import { CATALOGUE_DIR, readCatalogue } from "./read-catalogue";
import { loadImportConfig, readImported, readReviewedModels } from "./import/config";

readCatalogue(CATALOGUE_DIR); // valid first
const reviewedFiles = readReviewedModels(CATALOGUE_DIR);
const { providers } = loadImportConfig(CATALOGUE_DIR);
const providerNames = new Map(providers.providers.map((p) => [p.slug, p.name]));
const reviewed = reviewedFiles.map(reviewedFactsOf);
const imported = Object.fromEntries(DATASETS.map((d) => [d, readImported(CATALOGUE_DIR, d).models]));

console.log("Imported:", DATASETS.map((d) => `${d} ${imported[d]!.length} models`).join(", "));
let total = 0;
DATASETS.forEach((dataset, i) => {
  // Each pair of datasets once: a dataset against the reviewed files and the datasets after it.
  const later = DATASETS.slice(i + 1).flatMap((d) => imported[d]!);
  const conflicts = findConflicts(imported[dataset]!, reviewed, later, providerNames);
  total += conflicts.length;
  console.log(`\nConflicts: ${dataset} (${conflicts.length})`);
  for (const c of conflicts) console.log(`  ${c.slug} ${c.field}: ${c.value} (${c.source}) vs ${c.other} (${c.otherSource})`);
});

const ours = new Map(reviewedFiles.map((m) => [m.slug, (m.openness ?? {}) as Record<string, { grade: string }>]));
let graded = 0;
let differing = 0;
console.log("\nOpenness: EOSAI against our reviewed grades");
for (const model of imported.eosai!) {
  const reviewedGrades = ours.get(model.slug);
  if (!reviewedGrades || !model.openness) continue;
  graded++;
  const { compared, differences } = diffOpenness(reviewedGrades, model.openness);
  differing += differences.length;
  console.log(`  ${model.slug} (${model.ref.file}): ${compared - differences.length}/${compared} components agree`);
  for (const d of differences) console.log(`    ${d.component}: ours ${d.reviewed}, EOSAI ${d.eosai}${d.eosaiEvidence ? ` (${d.eosaiEvidence})` : ""}`);
}
const outliers = DATASETS.flatMap((d) => priceOutliers(imported[d]!));
console.log(`\nHost prices more than ${OUTLIER_FACTOR}× from the median of the model's hosts (${outliers.length}): check the unit`);
for (const o of outliers)
  console.log(`  ${o.slug} ${o.provider}: $${o.blendedUsdPerMTok} blended vs median $${o.median} (${o.file})`);
console.log(`\n${total} conflicts; ${outliers.length} price outliers; ${graded} models graded by both, ${differing} components differ.`);
