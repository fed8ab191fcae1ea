// The reviewable inputs of an import (aliases.json, providers.json) and the
// files earlier imports wrote, each checked by its schema.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { aliasesFileSchema, providersFileSchema } from "@/lib/schemas/catalogue";
import { importedModelSchema, type DatasetName, type ImportedModel } from "@/lib/schemas/imported";
import { DatasetError, type DatasetIssue } from "@/lib/schemas/dataset-formats/parse-files";
import type { AliasesFile, ProvidersFile } from "@/lib/domain/import/types";

export function loadImportConfig(catalogueDir: string): { aliases: AliasesFile; providers: ProvidersFile } {
  const issues: DatasetIssue[] = [];
  const aliases = readJson(catalogueDir, "aliases.json", aliasesFileSchema, issues);
  const providers = readJson(catalogueDir, "providers.json", providersFileSchema, issues);
  if (!aliases || !providers) throw new DatasetError(issues);
  return { aliases, providers };
}

/** The files under imported/<dataset>/: their text (to diff) and parsed models (to cross-check). */
export function readImported(catalogueDir: string, dataset: DatasetName): { texts: Map<string, string>; models: ImportedModel[] } {
  const dir = path.join(catalogueDir, "imported", dataset);
  const texts = new Map<string, string>();
  const models: ImportedModel[] = [];
  if (!existsSync(dir)) return { texts, models };
  const issues: DatasetIssue[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const text = readFileSync(path.join(dir, name), "utf8");
    texts.set(name.slice(0, -5), text);
    const model = readJsonText(`imported/${dataset}/${name}`, text, importedModelSchema, issues);
    if (model) models.push(model);
  }
  if (issues.length > 0) throw new DatasetError(issues);
  return { texts, models };
}

function readJson<S extends z.ZodType>(dir: string, file: string, schema: S, issues: DatasetIssue[]): z.infer<S> | null {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    issues.push({ file, field: "(file)", message: "missing" });
    return null;
  }
  return readJsonText(file, readFileSync(full, "utf8"), schema, issues);
}

function readJsonText<S extends z.ZodType>(file: string, text: string, schema: S, issues: DatasetIssue[]): z.infer<S> | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    issues.push({ file, field: "(file)", message: `not valid JSON: ${(error as Error).message}` });
    return null;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) issues.push({ file, field: issue.path.join(".") || "(root)", message: issue.message });
  return null;
}

/**
 * The reviewed model files only (models/*.json), read tolerantly: an import
 * compares against what people reviewed, not against the merged catalogue
 * (which already holds earlier imports), and must not break when a reviewed
 * field is renamed. readCatalogue() still validates the whole catalogue.
 */
export function readReviewedModels(catalogueDir: string): Array<Record<string, unknown> & { slug: string }> {
  const dir = path.join(catalogueDir, "models");
  const issues: DatasetIssue[] = [];
  const models: Array<Record<string, unknown> & { slug: string }> = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    try {
      const json = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>;
      if (typeof json.slug === "string") models.push(json as Record<string, unknown> & { slug: string });
      else issues.push({ file: `models/${name}`, field: "slug", message: "missing" });
    } catch (error) {
      issues.push({ file: `models/${name}`, field: "(file)", message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  if (issues.length > 0) throw new DatasetError(issues);
  return models;
}
