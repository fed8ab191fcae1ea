// Says plainly when a model's facts come only from imported datasets, and
// which ones, so nobody mistakes a dataset's word for a reviewed fact.
import Link from "next/link";
import type { ModelDetail } from "@/lib/schemas/model-response";

const DATASET_NAMES: Record<string, string> = { "models.dev": "models.dev", "genai-prices": "genai-prices", eosai: "the European Open Source AI Index" };
const listWords = (words: string[]) => (words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`);
const datasetsOf = (model: ModelDetail) => listWords(model.importedFrom.map((d) => DATASET_NAMES[d] ?? d));

/** A notice above the page for an imported, unreviewed model; nothing for a reviewed one. */
export function ReviewNotice({ model }: { model: ModelDetail }) {
  if (model.review === "reviewed") return null;
  return (
    <p role="note" className="max-w-3xl rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100">
      <strong>Imported from {datasetsOf(model) || "open datasets"}, not yet reviewed.</strong> Facts are as the dataset states them.
      {model.licence.category === "unreviewed" ? " The licence terms are not read yet, so it is never counted as open source." : ""}{" "}
      <Link href="/data" className="underline">About the data</Link>
    </p>
  );
}

/** For "how is this decided": where a reviewed model's unreviewed facts come from. */
export function ReviewNote({ model }: { model: ModelDetail }) {
  if (model.review !== "reviewed" || model.importedFrom.length === 0) return null;
  return (
    <p>
      Reviewed by us; some facts were added from {datasetsOf(model)} and are not reviewed yet (their source marks say so).{" "}
      <Link href="/data" className="underline">About the data</Link>
    </p>
  );
}
