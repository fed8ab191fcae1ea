// Shared set-up for the import tests: a dataset fixture as a git repository
// (so the import records a commit) and a catalogue folder with the reviewed
// files, aliases.json and providers.json.
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { catalogueFixture, writeCatalogueDir } from "../fixtures/catalogue";
import type { AliasesFile, ProvidersFile } from "@/lib/domain/import/types";
import type { ModelFile } from "@/lib/schemas/catalogue";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/datasets");

/** Copies a fixture folder into a fresh git repository; `edit` may change files before the commit. */
export function datasetRepo(name: string, edit?: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `dataset-${name}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  edit?.(dir);
  const env = { ...process.env, GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z", GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z" };
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=test", "-c", "user.email=test@example.org", ...args], { env, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "fixture");
  return dir;
}

export const PROVIDERS: ProvidersFile = {
  providers: [
    { slug: "anthropic", name: "Anthropic", url: "https://docs.anthropic.com", kind: "maker" },
    { slug: "amazon-bedrock", name: "Amazon Bedrock", url: "https://aws.amazon.com/bedrock/", kind: "cloud", datasetIds: { "genai-prices": "aws" } },
    { slug: "deepinfra", name: "Deep Infra", url: "https://deepinfra.com", kind: "host" },
    { slug: "deepseek", name: "DeepSeek", url: "https://api-docs.deepseek.com", kind: "maker" },
    { slug: "friendli", name: "FriendliAI", url: "https://friendli.ai", kind: "host" },
    { slug: "groq", name: "Groq", url: "https://groq.com", kind: "host" },
    { slug: "openai", name: "OpenAI", url: "https://platform.openai.com", kind: "maker" },
    { slug: "novita", name: "Novita AI", url: "https://novita.ai", kind: "host", datasetIds: { "models.dev": "novita-ai" } },
    { slug: "together", name: "Together AI", url: "https://www.together.ai", kind: "host", datasetIds: { "models.dev": "togetherai", "genai-prices": "together" } },
  ],
};

export const ALIASES: AliasesFile = {
  aliases: {},
  skip: { "models.dev:providers/openrouter": "router: resells other providers' listings" },
};

/** A catalogue folder with the given reviewed models (default: none but the fixture's own). */
export function catalogueDir(options: { models?: ModelFile[]; aliases?: AliasesFile; providers?: ProvidersFile } = {}): string {
  const dir = writeCatalogueDir(catalogueFixture(options.models ? { models: options.models } : {}));
  writeFileSync(path.join(dir, "aliases.json"), JSON.stringify(options.aliases ?? ALIASES));
  writeFileSync(path.join(dir, "providers.json"), JSON.stringify(options.providers ?? PROVIDERS));
  mkdirSync(path.join(dir, "imported"), { recursive: true });
  return dir;
}
