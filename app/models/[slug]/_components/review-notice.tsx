// Says plainly when a model's facts come only from imported datasets, and
// which ones, so nobody mistakes a dataset's word for a reviewed fact.
import Link from "next/link";
import type { ModelDetail } from "@/lib/schemas/model-response";

const DATASET_NAMES: Record<string, string> = { "models.dev": "models.dev", "genai-prices": "genai-prices", eosai: "the European Open Source AI Index" };
const listWords = (words: string[]) => (words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`);

export function ReviewNotice({ model }: { model: ModelDetail }) {
  if (model.review === "reviewed" && model.importedFrom.length === 0) return null;
  const datasets = listWords(model.importedFrom.map((d) => DATASET_NAMES[d] ?? d));
  if (model.review === "reviewed")
    return (
      <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
        Reviewed; some facts (marked with the dataset’s name) were added from {datasets} and are not yet reviewed. <Link href="/data" className="underline">About the data</Link>
      </p>
    );
  return (
    <p role="note" className="max-w-3xl rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100">
      <strong>Imported from {datasets || "open datasets"}, not yet reviewed.</strong>{" "}
      Every fact below is as the dataset states it at the commit shown beside it.
      {model.licence.category === "unreviewed" ? " Its licence terms have not been read yet, so no licence answer is given and it is never counted as open source." : ""}{" "}
      <Link href="/data" className="underline">About the data</Link>
    </p>
  );
}
