// The columns of the catalogue export, in order, from a model summary.
import { csvRow } from "./csv";

export interface ExportableModel {
  slug: string;
  name: string;
  organization: { name: string };
  releaseDate: string | null;
  parameters: number | null;
  activeParameters: number | null;
  contextLength: number | null;
  modality: string;
  architecture: string;
  weightsAccess: string | null;
  access: string;
  licence: { name: string; category: string; commercialUse: string | null };
  review: string;
  opennessScore: number | null;
  price: { inputUsdPerMTok: number; outputUsdPerMTok: number; blendedUsdPerMTok: number } | null;
  mmlu: number | null;
  mmluSetting: string | null;
}

export const EXPORT_COLUMNS = [
  "slug", "name", "organization", "releaseDate", "parameters", "activeParameters", "contextLength",
  "modality", "architecture", "weightsAccess", "access", "licence", "licenceCategory", "commercialUse",
  "opennessScore", "inputUsdPerMTok", "outputUsdPerMTok", "blendedUsdPerMTok", "mmlu", "mmluSetting", "review",
] as const;

export function exportHeader(): string {
  return csvRow(EXPORT_COLUMNS);
}

export function exportCsvRow(m: ExportableModel): string {
  return csvRow([
    m.slug, m.name, m.organization.name, m.releaseDate, m.parameters, m.activeParameters, m.contextLength,
    m.modality, m.architecture, m.weightsAccess, m.access, m.licence.name, m.licence.category, m.licence.commercialUse,
    m.opennessScore, m.price?.inputUsdPerMTok, m.price?.outputUsdPerMTok, m.price?.blendedUsdPerMTok, m.mmlu, m.mmluSetting, m.review,
  ]);
}
