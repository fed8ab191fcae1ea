"use client";
// Above the catalogue's rows: what the price column holds (the number the
// price filter and sort read) and, when sorted by a benchmark, what is ranked.
import { selfHostVolume } from "@/lib/domain/catalogue-price";
import { sortSpec } from "@/lib/schemas/catalogue-filters";
import type { ModelsQuery } from "@/lib/schemas/models-query";

export function TableNotes({ query }: { query: ModelsQuery }) {
  const volume = selfHostVolume(query);
  const ranks = query.sort ? sortSpec(query.sort.replace(/^-/, ""))?.ranks : undefined;
  return (
    <div className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
      <p>
        {volume === undefined
          ? "Price: blended API price per 1M tokens, (3 × input + output) ÷ 4 at the cheapest current listing — the number the price filter and sort use."
          : `Price: the cheaper of the blended API price and self-hosting at ${volume.toLocaleString("en-US")}M tokens a month (one always-on server at least) — the number the price filter uses; the price sort still orders by the API price.`}
      </p>
      {ranks && <p>{ranks.note}</p>}
    </div>
  );
}
