// A plain data table: the text alternative each chart shows on request.
import type { ReactNode } from "react";

export function DataTable({ caption, head, rows }: { caption: string; head: readonly string[]; rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }> }) {
  return (
    <table className="w-full border-collapse text-left text-xs">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={`border-b border-zinc-300 px-2 py-1 dark:border-zinc-700 ${i > 0 ? "text-right" : ""}`}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-zinc-200 dark:border-zinc-800">
            {r.cells.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="px-2 py-1 font-normal">{c}</th>
              ) : (
                <td key={i} className="px-2 py-1 text-right tabular-nums">{c}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
