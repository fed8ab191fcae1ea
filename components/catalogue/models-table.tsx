// The catalogue table (from 1,024 px up): real table semantics, sortable
// headers announced with aria-sort, unknowns as "—", and the columns the
// reader chose (lib/schemas/catalogue-columns.ts). No hooks and no handlers:
// the server renders it for the first page; the sort buttons and compare
// boxes are client islands (row-controls.tsx).
import Link from "next/link";
import { CATALOGUE_COLUMNS, type ColumnId } from "@/lib/schemas/catalogue-columns";
import { COLUMN_CELLS } from "./columns";
import type { CatalogueRowsProps } from "./model-cards";
import { CompareBox, SortButton } from "./row-controls";

function SortHeader({ label, field, sort, bestMatchFirst, className = "" }: { label: string; field: string | undefined; sort: string | undefined; bestMatchFirst: boolean; className?: string }) {
  // A search without a sort is in best-match order: no column claims the order.
  const current = bestMatchFirst ? undefined : (sort?.replace(/^-/, "") ?? "name");
  const descending = sort?.startsWith("-") ?? false;
  const active = field !== undefined && field === current;
  const ariaSort = active ? (descending ? "descending" : "ascending") : field ? "none" : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={`px-1.5 py-2 align-bottom text-xs font-semibold ${className}`}>
      {field ? <SortButton field={field} sort={sort} label={label} mark={active ? (descending ? "▼" : "▲") : "↕"} /> : label}
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
    : id === "mmlu" ? "max-w-24"
    : "whitespace-nowrap";
  return `px-1.5 py-2 ${align} ${wrap}`;
};

export function ModelsTable({ items, columns, sort, bestMatchFirst = false, selfHostAtMTokPerMonth }: CatalogueRowsProps) {
  return (
    <div className="relative overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
      {/* relative: the screen-reader-only text inside is absolutely placed and would otherwise widen the page on a narrow screen. */}
      <table className="w-full border-collapse text-sm">
        <caption className={bestMatchFirst ? "px-2 py-1 text-left text-sm text-zinc-600 dark:text-zinc-400" : "sr-only"}>
          {bestMatchFirst ? "Best matches first; a column header sorts instead." : "AI models; column headers with buttons sort the table."}
        </caption>
        <thead className="bg-zinc-50 text-left dark:bg-zinc-900">
          <tr>
            <SortHeader label="Model" field="name" sort={sort} bestMatchFirst={bestMatchFirst} className="sticky left-0 z-10 bg-zinc-50 shadow-[1px_0_0_#e4e4e7] dark:bg-zinc-900 dark:shadow-[1px_0_0_#27272a]" />
            {columns.map((id) => {
              const spec = CATALOGUE_COLUMNS[id];
              return <SortHeader key={id} label={spec.label} field={"sort" in spec ? spec.sort : undefined} sort={sort} bestMatchFirst={bestMatchFirst} className={"align" in spec ? "text-right" : ""} />;
            })}
            <th scope="col" className="px-1.5 py-2 align-bottom text-xs font-semibold">Compare</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.slug} data-slug={m.slug} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="sticky left-0 z-10 min-w-28 max-w-44 bg-white px-1.5 py-2 text-left font-medium [overflow-wrap:anywhere] shadow-[1px_0_0_#e4e4e7] dark:bg-zinc-950 dark:shadow-[1px_0_0_#27272a]">
                <Link href={`/models/${m.slug}`} className="text-emerald-800 hover:underline dark:text-emerald-300">{m.name}</Link>
              </th>
              {columns.map((id) => (
                <td key={id} data-column={id} className={cellClass(id)}>{COLUMN_CELLS[id](m, "table", { selfHostAtMTokPerMonth })}</td>
              ))}
              <td className="px-1.5 py-1 text-center">
                <CompareBox slug={m.slug} name={m.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
