"use client";
// Sorting where there are no column headers to click (the cards):
// every registry sort, both ways, in words.
import { CATALOGUE_SORTS, SORT_FIELDS, type SortField } from "@/lib/schemas/catalogue-filters";

const DATES: ReadonlySet<SortField> = new Set(["releaseDate", "knowledgeCutoff"]);
function directions(field: SortField): Array<[string, string]> {
  const label = CATALOGUE_SORTS[field].label;
  if (field === "name") return [["name", `${label}, A to Z`], ["-name", `${label}, Z to A`]];
  if (DATES.has(field)) return [[`-${field}`, `${label}, newest first`], [field, `${label}, oldest first`]];
  return [[`-${field}`, `${label}, highest first`], [field, `${label}, lowest first`]];
}
const OPTIONS = SORT_FIELDS.flatMap(directions);

export function SortSelect({ sort, onSort }: { sort: string | undefined; onSort: (sort: string) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">Sort by</span>
      <select value={sort ?? "name"} onChange={(e) => onSort(e.currentTarget.value)} className="min-h-11 w-36 rounded border border-zinc-400 bg-white px-2 dark:border-zinc-600 dark:bg-zinc-900">
        {OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </select>
    </label>
  );
}
