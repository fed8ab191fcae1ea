// One entry per dataset: which files it needs, where it lives online, and
// how its files become ImportedModels (parse in lib/schemas, map in lib/domain).
import type { DatasetName, ImportedModel } from "@/lib/schemas/imported";
import type { DatasetIssue } from "@/lib/schemas/dataset-formats/parse-files";
import { parseModelsDevFiles } from "@/lib/schemas/dataset-formats/models-dev";
import { mapModelsDev } from "@/lib/domain/import/models-dev";
import { parseGenaiPricesFiles } from "@/lib/schemas/dataset-formats/genai-prices";
import { mapGenaiPrices } from "@/lib/domain/import/genai-prices";
import { parseEosaiFiles } from "@/lib/schemas/dataset-formats/eosai";
import { mapEosai } from "@/lib/domain/import/eosai";
import type { AliasesFile, MappedDataset, ProvidersFile } from "@/lib/domain/import/types";
import type { SourceFiles } from "./read-source";

export interface ImportConfig {
  aliases: AliasesFile;
  providers: ProvidersFile;
  reviewedSlugs: readonly string[];
  /** Models other datasets' imports wrote (their slugs are known identities). */
  otherModels: readonly ImportedModel[];
}

interface Importer {
  defaultUrl: string;
  wanted: (file: string) => boolean;
  run: (source: SourceFiles, config: ImportConfig, issues: DatasetIssue[]) => MappedDataset;
}

const empty: MappedDataset = { models: [], skipped: [], unresolved: [], attached: 0 };

export const DATASET_IMPORTERS: Record<DatasetName, Importer> = {
  "models.dev": {
    defaultUrl: "https://models.dev/catalog.json",
    wanted: (f) => /^(models|providers)\/.+\.toml$/.test(f) || /^(api|catalog)\.json$/.test(f),
    run: (source, config, issues) => {
      const snapshot = parseModelsDevFiles(source.files, issues);
      if (issues.length > 0) return empty;
      return mapModelsDev(snapshot, source, config);
    },
  },
  "genai-prices": {
    defaultUrl: "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/data.json",
    wanted: (f) => /^prices\/providers\/[^/.][^/]*\.yml$/.test(f) || f.endsWith("data.json"),
    run: (source, config, issues) => {
      // A checkout holds both forms of the same data: read the YAML, not data.json too.
      const files = [...source.files.keys()].some((f) => f.endsWith(".yml"))
        ? new Map([...source.files].filter(([f]) => f.endsWith(".yml")))
        : source.files;
      const providers = parseGenaiPricesFiles(files, issues);
      if (issues.length > 0) return empty;
      return mapGenaiPrices(providers, source, { ...config, knownSlugs: knownModelSlugs(config) });
    },
  },
  eosai: {
    defaultUrl: "https://github.com/Language-Technology-Assessment/main-database",
    wanted: (f) => /^[^/]+\.yaml$/.test(f),
    run: (source, config, issues) => {
      const entries = parseEosaiFiles(source.files, issues);
      if (issues.length > 0) return empty;
      return mapEosai(entries, source, { ...config, knownSlugs: knownModelSlugs(config) });
    },
  },
};

/** Models exist in the reviewed files or in the models.dev import; the other feeds attach to them. */
function knownModelSlugs(config: ImportConfig): string[] {
  return [...new Set([...config.reviewedSlugs, ...config.otherModels.filter((m) => m.ref.dataset === "models.dev").map((m) => m.slug)])];
}
