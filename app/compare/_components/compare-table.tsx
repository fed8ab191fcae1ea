// The side-by-side table: one column per model under a sticky header, rows grouped, the rows
// whose difference changes a decision tinted, the better known value marked in words, yes/no
// answers coloured by what is good for the reader, every value with its source.
// Below the md breakpoint the same table becomes a two-up layout (two models: each row's label on
// its own line, the two values side by side under the sticky names) or a stack (three or four:
// each value under its model's name), so nothing scrolls sideways on a phone. The explicit roles
// keep the table's semantics when CSS changes how its parts are displayed.
import Link from "next/link";
import { AccessBadge } from "@/components/models/access-badge";
import { ValueSource } from "@/components/compare/value-source";
import type { CompareCell, CompareGroup, CompareRow } from "@/lib/domain/compare-rows";
import type { Tone } from "@/lib/domain/compare-cell";
import { UNKNOWN } from "@/lib/domain/format";

interface Column {
  slug: string;
  name: string;
  access: "open-source" | "open-weights" | "closed";
}

const TONE_STYLE: Record<Tone, string> = {
  good: "border-emerald-700 text-emerald-900 bg-emerald-50 dark:border-emerald-400 dark:text-emerald-200 dark:bg-emerald-950/50",
  bad: "border-rose-700 text-rose-900 bg-rose-50 dark:border-rose-400 dark:text-rose-200 dark:bg-rose-950/50",
  mixed: "border-amber-700 text-amber-900 bg-amber-50 dark:border-amber-400 dark:text-amber-200 dark:bg-amber-950/50",
};
const TONE_ICON: Record<Tone, string> = { good: "✓", bad: "✕", mixed: "◐" };
const TONE_WORDS: Record<Tone, string> = { good: "in your favour", bad: "against you", mixed: "with conditions" };

/** The model's name above each value when the models stack (three or four on a phone). */
function StackLabel({ name, stacked }: { name: string; stacked: boolean }) {
  if (!stacked) return null;
  return (
    <span aria-hidden="true" className="mb-0.5 block text-xs font-semibold text-zinc-600 md:hidden dark:text-zinc-400">
      {name}
    </span>
  );
}

function Cell({ cell, row, name, stacked }: { cell: CompareCell; row: CompareRow; name: string; stacked: boolean }) {
  const base = "px-3 py-2 align-top break-words max-md:block max-md:min-w-0";
  if (cell.unknown)
    return (
      <td role="cell" className={base}>
        <StackLabel name={name} stacked={stacked} />
        <span aria-hidden="true">{UNKNOWN}</span> <span className="text-zinc-600 dark:text-zinc-400">unknown</span>
        {cell.note && <p className="text-sm text-zinc-600 dark:text-zinc-400">{cell.note}</p>}
      </td>
    );
  const tone = cell.tone ?? null;
  return (
    <td role="cell" className={`${base} ${cell.better ? "bg-emerald-50 dark:bg-emerald-950/40" : ""}`}>
      <StackLabel name={name} stacked={stacked} />
      <ul className="space-y-1">
        {cell.values.map((v, i) => (
          <li key={i}>
            {tone && i === 0 ? (
              <span className={`inline-flex items-center gap-1 rounded-full border px-2 font-medium ${TONE_STYLE[tone]}`}>
                <span aria-hidden="true">{TONE_ICON[tone]}</span>
                {v.text}
                <span className="sr-only"> ({TONE_WORDS[tone]})</span>
              </span>
            ) : (
              <span className={cell.better ? "font-semibold" : undefined}>{v.text}</span>
            )}
            <ValueSource url={v.sourceUrl} asOf={v.asOf} kind={v.kind} dataset={v.dataset} />
          </li>
        ))}
      </ul>
      {cell.better && row.direction && (
        <span className="mt-1 inline-block rounded-md border border-emerald-700 px-2 text-sm text-emerald-800 dark:border-emerald-400 dark:text-emerald-300">
          <span aria-hidden="true">▲ </span>better: {row.direction.meaning}
        </span>
      )}
      {cell.note && <p className="text-sm text-zinc-600 dark:text-zinc-400">{cell.note}</p>}
    </td>
  );
}

export function CompareTable({ columns, groups }: { columns: Column[]; groups: CompareGroup[] }) {
  const stacked = columns.length > 2;
  // Phone grid: two models side by side, three or four stacked; the row label always spans the width.
  const phoneGrid = stacked ? "max-md:grid max-md:grid-cols-1" : columns.length === 2 ? "max-md:grid max-md:grid-cols-2" : "max-md:grid max-md:grid-cols-1";
  return (
    <table role="table" className="w-full border-collapse text-sm max-md:block md:table-fixed">
      <caption className="sr-only">
        {columns.map((c) => c.name).join(" compared with ")}: rows where the difference matters are marked “differs”; the better known value is marked “better”.
      </caption>
      <thead role="rowgroup" className="sticky top-0 z-20 bg-white shadow-[0_1px_0_0_var(--color-zinc-300)] max-md:block dark:bg-zinc-950 dark:shadow-[0_1px_0_0_var(--color-zinc-700)]">
        <tr role="row" className={stacked ? "max-md:flex max-md:flex-wrap" : phoneGrid}>
          <td className="w-48 max-md:hidden lg:w-60" />
          {columns.map((c) => (
            <th key={c.slug} role="columnheader" scope="col" className="px-3 py-2 text-left align-top max-md:block max-md:py-1">
              <Link href={`/models/${c.slug}`} className="inline-flex min-h-11 min-w-11 items-center text-base font-semibold underline-offset-2 hover:underline max-md:text-sm">
                {c.name}
              </Link>
              <div className={stacked ? "max-md:hidden" : "mt-1"}>
                <AccessBadge access={c.access} />
              </div>
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.id} role="rowgroup" aria-labelledby={`group-${g.id}`} className="max-md:block">
          <tr role="row" className="max-md:block">
            <th
              id={`group-${g.id}`}
              role="columnheader"
              scope="colgroup"
              colSpan={columns.length + 1}
              className="scroll-mt-24 bg-zinc-100 px-3 py-2 text-left text-base font-semibold max-md:block dark:bg-zinc-900"
            >
              {g.label}
            </th>
          </tr>
          {g.rows.map((row) => (
            <tr role="row" key={row.id} className={`border-t border-zinc-200 dark:border-zinc-800 ${phoneGrid} ${row.differs ? "bg-amber-50/60 dark:bg-amber-950/20" : ""}`}>
              <th role="rowheader" scope="row" className="px-3 py-2 text-left align-top font-medium max-md:col-span-full max-md:block max-md:pb-0">
                {row.label}
                {row.differs && <span className="ml-1 text-sm font-normal text-amber-800 md:block md:ml-0 dark:text-amber-300">· differs</span>}
                {row.notMarkedBecause && <span className="block text-sm font-normal text-zinc-600 dark:text-zinc-400">{row.notMarkedBecause}</span>}
              </th>
              {row.cells.map((cell, i) => (
                <Cell key={columns[i]?.slug ?? i} cell={cell} row={row} name={columns[i]?.name ?? ""} stacked={stacked} />
              ))}
            </tr>
          ))}
          {g.unrecorded.length > 0 && (
            <tr role="row" className="max-md:block">
              <td role="cell" colSpan={columns.length + 1} className="px-3 py-2 text-zinc-700 max-md:block dark:text-zinc-300">
                Not recorded in the catalogue for {columns.length > 1 ? "any of these models" : "this model"}: {g.unrecorded.join(", ")}.
              </td>
            </tr>
          )}
        </tbody>
      ))}
    </table>
  );
}
