// Reads and parses every catalogue file. Any problem — bad JSON, a schema
// violation, a cross-file inconsistency — is collected with its file and
// field; the caller gets the parsed catalogue only if there are none.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { licenceFileSchema, modelFileSchema, organizationSchema } from "@/lib/schemas/catalogue";
import { validateCatalogue, type Catalogue, type CatalogueIssue } from "@/lib/domain/validate-catalogue";

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
  const catalogue: Catalogue = {
    organizations: read("organizations", organizationSchema),
    licences: read("licences", licenceFileSchema),
    models: read("models", modelFileSchema),
  };
  issues.push(...validateCatalogue(catalogue, today));
  if (issues.length > 0) throw new CatalogueError(issues);
  return catalogue;
}

function readFolder<S extends z.ZodType>(
  dir: string,
  folder: string,
  schema: S,
  issues: CatalogueIssue[],
): Array<{ file: string; data: z.infer<S> }> {
  const names = readdirSync(path.join(dir, folder)).filter((n) => n.endsWith(".json")).sort();
  const entries: Array<{ file: string; data: z.infer<S> }> = [];
  for (const name of names) {
    const file = `${folder}/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      issues.push({ file, field: "(file)", message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) entries.push({ file, data: parsed.data });
    else
      for (const issue of parsed.error.issues)
        issues.push({ file, field: issue.path.join(".") || "(root)", message: issue.message });
  }
  return entries;
}
