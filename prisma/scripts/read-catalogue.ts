// Reads and parses every catalogue file — the reviewed ones and the imported
// datasets' — and merges them (lib/domain/merge-catalogue.ts). Any problem —
// bad JSON, a schema violation, a cross-file inconsistency — is collected
// with its file and field; the caller gets the catalogue only if there are none.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { licenceAssignmentsFileSchema, licenceFileSchema, modelFileSchema, organizationSchema, providersFileSchema } from "@/lib/schemas/catalogue";
import { DATASETS, importedModelSchema } from "@/lib/schemas/imported";
import { datasetsFileSchema } from "@/lib/schemas/datasets";
import { validateCatalogue, type Catalogue, type CatalogueIssue } from "@/lib/domain/validate-catalogue";
import { mergeCatalogue } from "@/lib/domain/merge-catalogue";

export const CATALOGUE_DIR = path.resolve(import.meta.dirname, "../catalogue");

export class CatalogueError extends Error {
  constructor(readonly issues: CatalogueIssue[]) {
    super(
      `The catalogue has ${issues.length} problem(s); nothing was written:\n` +
        issues.map((i) => `  ${i.file}: ${i.field}: ${i.message}`).join("\n"),
    );
    this.name = "CatalogueError";
  }
}

export function readCatalogue(dir = CATALOGUE_DIR, today = new Date().toISOString().slice(0, 10)): Catalogue {
  const issues: CatalogueIssue[] = [];
  const read = <S extends z.ZodType>(folder: string, schema: S) => readFolder(dir, folder, schema, issues);
  const single = <S extends z.ZodType>(file: string, schema: S) => readOptionalFile(dir, file, schema, issues);
  const imported = DATASETS.flatMap((dataset) => read(`imported/${dataset}`, importedModelSchema));
  const assignments = single("licence-assignments.json", licenceAssignmentsFileSchema)?.assignments ?? [];
  const models = mergeCatalogue({
    reviewed: read("models", modelFileSchema),
    imported,
    assignments,
    datasets: single("datasets.json", datasetsFileSchema)?.datasets ?? [],
  });
  const providers = single("providers.json", providersFileSchema)?.providers;
  const catalogue: Catalogue = {
    organizations: read("organizations", organizationSchema),
    licences: read("licences", licenceFileSchema),
    models,
    ...(providers ? { providers } : {}),
  };
  issues.push(...validateCatalogue(catalogue, today));
  // An assignment to a slug that is not imported would silently leave nothing assigned: name it.
  const slugs = new Set(models.map((m) => m.data.slug));
  const reviewed = new Set(models.filter((m) => m.data.review === "reviewed").map((m) => m.data.slug));
  assignments.forEach((a, i) =>
    a.slugs.forEach((slug, j) => {
      if (!slugs.has(slug)) issues.push({ file: "licence-assignments.json", field: `assignments.${i}.slugs.${j}`, message: `no model "${slug}" in the catalogue` });
      else if (reviewed.has(slug)) issues.push({ file: "licence-assignments.json", field: `assignments.${i}.slugs.${j}`, message: `"${slug}" has a reviewed file: its licence is set there` });
    }),
  );
  if (issues.length > 0) throw new CatalogueError(issues);
  return catalogue;
}

function parseFile<S extends z.ZodType>(dir: string, file: string, schema: S, issues: CatalogueIssue[]): z.infer<S> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  } catch (error) {
    issues.push({ file, field: "(file)", message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) issues.push({ file, field: issue.path.join(".") || "(root)", message: issue.message });
  return undefined;
}

/** A folder's JSON files, in name order; a missing folder is empty (a catalogue need not have imports). */
function readFolder<S extends z.ZodType>(dir: string, folder: string, schema: S, issues: CatalogueIssue[]): Array<{ file: string; data: z.infer<S> }> {
  const full = path.join(dir, folder);
  if (!existsSync(full)) return [];
  const entries: Array<{ file: string; data: z.infer<S> }> = [];
  for (const name of readdirSync(full).filter((n) => n.endsWith(".json")).sort()) {
    const file = `${folder}/${name}`;
    const data = parseFile(dir, file, schema, issues);
    if (data !== undefined) entries.push({ file, data });
  }
  return entries;
}

function readOptionalFile<S extends z.ZodType>(dir: string, file: string, schema: S, issues: CatalogueIssue[]): z.infer<S> | undefined {
  return existsSync(path.join(dir, file)) ? parseFile(dir, file, schema, issues) : undefined;
}
