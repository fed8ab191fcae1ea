"use client";
// The catalogue table (from 1,024 px up): real table semantics,
// sortable headers announced with aria-sort, unknowns as "—", and the
// columns the reader chose (lib/schemas/catalogue-columns.ts).
import Link from "next/link";
import { CATALOGUE_COLUMNS, type ColumnId } from "@/lib/schemas/catalogue-columns";
import type { ModelSummary } from "@/lib/schemas/model-response";
import { COLUMN_CELLS } from "./columns";
import type { CatalogueRowsProps } from "./model-cards";

/** The next sort for a click on a header: names ascend first, numbers and dates descend first. */
export function nextSort(sort: string | undefined, field: string): string {
  const current = sort?.replace(/^-/, "") ?? "name";
  const descending = sort?.startsWith("-") ?? false;
  if (current === field) return descending ? field : `-${field}`;
  return field === "name" ? field : `-${field}`;
}

function SortHeader({ label, field, sort, onSort, bestMatchFirst, className = "" }: { label: string; field: string | undefined; sort: string | undefined; onSort: (sort: string) => void; bestMatchFirst: boolean; className?: string }) {
  // A search without a sort is in best-match order: no column claims the order.
  const current = bestMatchFirst ? undefined : (sort?.replace(/^-/, "") ?? "name");
  const descending = sort?.startsWith("-") ?? false;
  const active = field !== undefined && field === current;
  const ariaSort = active ? (descending ? "descending" : "ascending") : field ? "none" : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={`px-1.5 py-2 align-bottom text-xs font-semibold ${className}`}>
      {field ? (
        <button type="button" className="text-left font-semibold hover:underline" onClick={() => onSort(nextSort(sort, field))}>
          {label}
          <span aria-hidden="true" className={`ml-0.5 ${active ? "" : "text-zinc-500 dark:text-zinc-400"}`}>{active ? (descending ? "▼" : "▲") : "↕"}</span>
        </button>
      ) : (
        label
      )}
    </th>
  );
}

const cellClass = (id: ColumnId) => {
  const spec = CATALOGUE_COLUMNS[id];
  const align = "align" in spec && spec.align === "right" ? "text-right tabular-nums" : "";
  // Short values never wrap; names, licences and a long price pair may, within a bound (so the table fits 1,280 px).
  const wrap =
    id === "organization" ? "min-w-20 max-w-28 text-xs [overflow-wrap:anywhere]"
    : id === "licence" ? "min-w-36 max-w-44 text-xs [overflow-wrap:anywhere]"
    : id === "capabilities" ? "text-xs"
    : id === "price" ? "min-w-20"
    : "whitespace-nowrap";
  return `px-1.5 py-2 ${align} ${wrap}`;
};

export function ModelsTable({
  items,
  columns,
  sort,
  onSort,
  selected,
  onSelect,
  busy,
  bestMatchFirst = false,
}: CatalogueRowsProps & { sort: string | undefined; onSort: (sort: string) => void; /** A search without a sort: rows in best-match order. */ bestMatchFirst?: boolean }) {
  return (
    <div className="overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
      <table className={`w-full border-collapse text-sm ${busy ? "opacity-60" : ""}`} aria-busy={busy}>
        <caption className={bestMatchFirst ? "px-2 py-1 text-left text-sm text-zinc-600 dark:text-zinc-400" : "sr-only"}>
          {bestMatchFirst ? "Best matches first; a column header sorts instead." : "AI models; column headers with buttons sort the table."}
        </caption>
        <thead className="bg-zinc-50 text-left dark:bg-zinc-900">
          <tr>
            <SortHeader label="Model" field="name" sort={sort} onSort={onSort} bestMatchFirst={bestMatchFirst} className="sticky left-0 z-10 bg-zinc-50 shadow-[1px_0_0_#e4e4e7] dark:bg-zinc-900 dark:shadow-[1px_0_0_#27272a]" />
            {columns.map((id) => {
              const spec = CATALOGUE_COLUMNS[id];
              return <SortHeader key={id} label={spec.label} field={"sort" in spec ? spec.sort : undefined} sort={sort} onSort={onSort} bestMatchFirst={bestMatchFirst} className={"align" in spec ? "text-right" : ""} />;
            })}
            <th scope="col" className="px-1.5 py-2 align-bottom text-xs font-semibold">Compare</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m: ModelSummary) => (
            <tr key={m.slug} data-slug={m.slug} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="sticky left-0 z-10 min-w-28 max-w-44 bg-white px-1.5 py-2 text-left font-medium [overflow-wrap:anywhere] shadow-[1px_0_0_#e4e4e7] dark:bg-zinc-950 dark:shadow-[1px_0_0_#27272a]">
                <Link href={`/models/${m.slug}`} className="text-emerald-800 hover:underline dark:text-emerald-300">{m.name}</Link>
              </th>
              {columns.map((id) => (
                <td key={id} data-column={id} className={cellClass(id)}>{COLUMN_CELLS[id](m, "table")}</td>
              ))}
              <td className="px-1.5 py-1 text-center">
                <label className="inline-flex size-8 cursor-pointer items-center justify-center">
                  <input type="checkbox" aria-label={`Compare ${m.name}`} checked={selected.includes(m.slug)} onChange={(e) => onSelect(m.slug, e.currentTarget.checked)} className="size-4 accent-emerald-700" />
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
