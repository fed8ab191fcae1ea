"use client";
// The only interactive parts of the catalogue's rows: the compare boxes and
// the sort buttons. The rows themselves render on the server for the first
// page (no JavaScript of their own to load or hydrate); these islands reach
// the catalogue's state through this context.
import { createContext, useContext } from "react";

export interface RowControls {
  selected: readonly string[];
  onSelect: (slug: string, on: boolean) => void;
  onSort: (sort: string) => void;
}
export const RowControlsContext = createContext<RowControls>({ selected: [], onSelect: () => {}, onSort: () => {} });

/** The next sort for a click on a header: names ascend first, numbers and dates descend first. */
export function nextSort(sort: string | undefined, field: string): string {
  const current = sort?.replace(/^-/, "") ?? "name";
  const descending = sort?.startsWith("-") ?? false;
  if (current === field) return descending ? field : `-${field}`;
  return field === "name" ? field : `-${field}`;
}

export function SortButton({ field, sort, label, mark }: { field: string; sort: string | undefined; label: string; mark: "▲" | "▼" | "↕" }) {
  const { onSort } = useContext(RowControlsContext);
  return (
    <button type="button" className="text-left font-semibold hover:underline" onClick={() => onSort(nextSort(sort, field))}>
      {label}
      <span aria-hidden="true" className={`ml-0.5 ${mark === "↕" ? "text-zinc-500 dark:text-zinc-400" : ""}`}>{mark}</span>
    </button>
  );
}

/** "Compare this model": a 32 px target in the table, 44 px on a card. */
export function CompareBox({ slug, name, large = false }: { slug: string; name: string; large?: boolean }) {
  const { selected, onSelect } = useContext(RowControlsContext);
  return (
    <label className={large ? "-mr-1 -mt-0.5 flex size-11 shrink-0 cursor-pointer items-center justify-center rounded" : "inline-flex size-8 cursor-pointer items-center justify-center"}>
      <input type="checkbox" aria-label={`Compare ${name}`} checked={selected.includes(slug)} onChange={(e) => onSelect(slug, e.currentTarget.checked)} className={`${large ? "size-5" : "size-4"} accent-emerald-700`} />
    </label>
  );
}
