// The side-by-side table: one column per model, rows grouped, differences tinted, the better
// known value marked in words (not colour alone), every value with its source.
import Link from "next/link";
import { AccessBadge } from "@/components/models/access-badge";
import { ValueSource } from "@/components/compare/value-source";
import type { CompareCell, CompareGroup, CompareRow } from "@/lib/domain/compare-rows";
import { UNKNOWN } from "@/lib/domain/format";

interface Column {
  slug: string;
  name: string;
  access: "open-source" | "open-weights" | "closed";
}

function Cell({ cell, row }: { cell: CompareCell; row: CompareRow }) {
  if (cell.unknown)
    return (
      <td className="px-3 py-2 align-top">
        <span aria-hidden="true">{UNKNOWN}</span> <span className="text-sm text-zinc-600 dark:text-zinc-400">unknown</span>
        {cell.note && <p className="text-xs text-zinc-600 dark:text-zinc-400">{cell.note}</p>}
      </td>
    );
  return (
    <td className={`px-3 py-2 align-top ${cell.better ? "bg-emerald-50 dark:bg-emerald-950/40" : ""}`}>
      <ul className="space-y-1">
        {cell.values.map((v, i) => (
          <li key={i}>
            <span className={cell.better ? "font-semibold" : undefined}>{v.text}</span>
            <ValueSource url={v.sourceUrl} asOf={v.asOf} kind={v.kind} dataset={v.dataset} />
          </li>
        ))}
      </ul>
      {cell.better && row.direction && (
        <span className="mt-1 inline-block rounded-full border border-emerald-700 px-2 text-xs text-emerald-800 dark:border-emerald-400 dark:text-emerald-300">
          <span aria-hidden="true">▲ </span>better: {row.direction.meaning}
        </span>
      )}
      {cell.note && <p className="text-xs text-zinc-600 dark:text-zinc-400">{cell.note}</p>}
    </td>
  );
}

/** Each model column gets at least 12rem, so long licence terms stay readable; narrow screens scroll. */
const minWidthRem = (columns: number) => 8 + columns * 12;

export function CompareTable({ columns, groups }: { columns: Column[]; groups: CompareGroup[] }) {
  return (
    <>
      <p className="text-xs text-zinc-600 sm:hidden dark:text-zinc-400">Scroll the table sideways to see every model.</p>
      <div tabIndex={0} role="region" aria-label="Comparison table (scrolls sideways)" className="overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
        <table className="w-full table-fixed border-collapse text-sm" style={{ minWidth: `${minWidthRem(columns.length)}rem` }}>
          <caption className="sr-only">
            {columns.map((c) => c.name).join(" compared with ")}: rows whose values differ are marked “differs”; the better known value is marked “better”.
          </caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <td className="sticky left-0 z-10 w-32 bg-white px-3 py-2 sm:w-48 dark:bg-zinc-950" />
              {columns.map((c) => (
                <th key={c.slug} scope="col" className="px-3 py-2 text-left align-top">
                  <Link href={`/models/${c.slug}`} className="text-base font-semibold underline-offset-2 hover:underline">
                    {c.name}
                  </Link>
                  <div className="mt-1">
                    <AccessBadge access={c.access} />
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.id} aria-labelledby={`group-${g.id}`}>
              <tr>
                <th id={`group-${g.id}`} scope="colgroup" colSpan={columns.length + 1} className="bg-zinc-100 px-3 py-2 text-left text-base font-semibold dark:bg-zinc-900">
                  {g.label}
                </th>
              </tr>
              {g.rows.map((row) => (
                <tr key={row.id} className={`border-t border-zinc-200 dark:border-zinc-800 ${row.differs ? "bg-amber-50/60 dark:bg-amber-950/20" : ""}`}>
                  <th scope="row" className={`sticky left-0 z-10 px-3 py-2 text-left align-top font-medium ${row.differs ? "bg-amber-50 dark:bg-[#1f1a10]" : "bg-white dark:bg-zinc-950"}`}>
                    {row.label}
                    {row.differs && <span className="ml-1 block text-xs font-normal text-amber-800 dark:text-amber-300">differs</span>}
                    {row.notMarkedBecause && <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">{row.notMarkedBecause}</span>}
                  </th>
                  {row.cells.map((cell, i) => (
                    <Cell key={columns[i]?.slug ?? i} cell={cell} row={row} />
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
