// Types shared by the import mappers. Type-only imports from lib/schemas keep
// lib/domain free of runtime schema code.
import type { z } from "zod";
import type { aliasesFileSchema, providersFileSchema } from "@/lib/schemas/catalogue";
import type { ImportedModel } from "@/lib/schemas/imported";

export type AliasesFile = z.infer<typeof aliasesFileSchema>;
export type ProvidersFile = z.infer<typeof providersFileSchema>;
export type ProviderEntry = ProvidersFile["providers"][number];

/** Where an import came from: a commit of the dataset's repository, or a URL read on a day. */
export interface Snapshot {
  commit: string | null;
  url?: string;
  retrievedOn?: string;
}

/** A listing we could not attach to a model: printed, never silently dropped. */
export interface UnresolvedListing {
  provider: string;
  listingId: string;
  file: string;
  reason: string;
}

export interface SkippedId {
  id: string;
  reason: string;
}

export interface MappedDataset {
  models: ImportedModel[];
  skipped: SkippedId[];
  unresolved: UnresolvedListing[];
  /** How many listings were attached to a model. */
  attached: number;
  /** Attached listings whose price was left out, with the reason (a price per minute, not per token). */
  unpriced?: SkippedId[];
}

/** Our provider slug for a dataset's provider id, from providers.json. */
export function providerIndex(providers: ProvidersFile, dataset: string): Map<string, ProviderEntry> {
  const index = new Map<string, ProviderEntry>();
  for (const p of providers.providers) {
    const id = p.datasetIds?.[dataset] ?? p.slug;
    index.set(id, p);
  }
  return index;
}
