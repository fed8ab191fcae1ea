// `npm run catalogue:import -- --source models.dev|genai-prices|eosai [--from <file|folder|bare git dir|https URL>]`
// Reads one dataset snapshot, maps it to our slugs, and rewrites
// prisma/catalogue/imported/<dataset>/ (one file per model). Never touches
// the reviewed folders. Any bad dataset file stops the import before a
// single file is written.
import { mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DATASETS, importedModelSchema, type DatasetName } from "@/lib/schemas/imported";
import { DatasetError, type DatasetIssue } from "@/lib/schemas/dataset-formats/parse-files";
import { planWrites } from "@/lib/domain/import/write-plan";
import { findConflicts, reviewedFactsOf } from "@/lib/domain/import/conflicts";
import { checkIdentity } from "@/lib/domain/import/identity-check";
import { CATALOGUE_DIR, CatalogueError, readCatalogue } from "./read-catalogue";
import { readSource } from "./import/read-source";
import { DATASET_IMPORTERS } from "./import/importers";
import { loadImportConfig, readImported, readReviewedModels } from "./import/config";
import { printSummary } from "./import/summary";

export async function importDataset(dataset: DatasetName, from: string | undefined, catalogueDir = CATALOGUE_DIR) {
  const started = performance.now();
  const importer = DATASET_IMPORTERS[dataset];
  const source = await readSource(from ?? importer.defaultUrl, importer.wanted);
  // A wrong --from must not read as "every model was removed".
  if (source.files.size === 0) throw new DatasetError([{ file: source.origin, field: "(snapshot)", message: `no ${dataset} files found` }]);
  const config = loadImportConfig(catalogueDir);
  const reviewed = readReviewedModels(catalogueDir).map(reviewedFactsOf);
  const others = DATASETS.filter((d) => d !== dataset).flatMap((d) => readImported(catalogueDir, d).models);

  const issues: DatasetIssue[] = [];
  const mapped = importer.run(source, { ...config, reviewedSlugs: reviewed.map((r) => r.slug), otherModels: others }, issues);
  for (const model of mapped.models) {
    const parsed = importedModelSchema.safeParse(model);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        issues.push({ file: model.ref.file, field: issue.path.join("."), message: `${issue.message} (as imported/${dataset}/${model.slug}.json)` });
  }
  if (issues.length > 0) throw new DatasetError(issues);

  const identity = checkIdentity([...reviewed.map((r) => r.slug), ...mapped.models.map((m) => m.slug), ...others.map((m) => m.slug)], config.aliases);
  const dir = path.join(catalogueDir, "imported", dataset);
  const plan = planWrites(readImported(catalogueDir, dataset).texts, mapped.models);
  mkdirSync(dir, { recursive: true });
  for (const [slug, text] of plan.writes) writeFileSync(path.join(dir, `${slug}.json`), text);
  for (const slug of plan.removed) unlinkSync(path.join(dir, `${slug}.json`));

  // The written files must still load with the reviewed ones (every organisation known, …).
  let catalogueProblems: string[] = [];
  try {
    readCatalogue(catalogueDir);
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    catalogueProblems = error.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);
  }
  const providerNames = new Map(config.providers.providers.map((p) => [p.slug, p.name]));
  const conflicts = findConflicts(mapped.models, reviewed, others, providerNames);
  return { dataset, source, mapped, plan, conflicts, identity, catalogueProblems, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const { values } = parseArgs({ options: { source: { type: "string" }, from: { type: "string" }, verbose: { type: "boolean" } } });
  const dataset = values.source as DatasetName | undefined;
  if (!dataset || !DATASETS.includes(dataset)) {
    console.error(`--source must be one of: ${DATASETS.join(", ")}`);
    process.exitCode = 2;
    return;
  }
  try {
    const run = await importDataset(dataset, values.from);
    printSummary(run, Boolean(values.verbose));
    if (run.catalogueProblems.length > 0) process.exitCode = 1;
  } catch (error) {
    if (error instanceof DatasetError || error instanceof CatalogueError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();

export type ImportRun = Awaited<ReturnType<typeof importDataset>>;
