// Models × openness components as a table: each cell a grade (colour and
// symbol) linking to its evidence. Sorting is a link (the catalogue's own
// `sort` param). Drawn from data fetched when it scrolls into view
// (lazy-heatmap.tsx): a thousand cells would triple the page's weight.
import Link from "next/link";
import type { HeatmapOrder, HeatmapRow } from "@/lib/domain/insights/openness-heatmap";
import { formatScore } from "@/lib/domain/format";
import { OPENNESS_COMPONENT_LABELS, type OpennessComponent } from "@/lib/domain/openness-labels";
import { AccessMark } from "@/components/models/access-badge";
import { GRADE_STYLE } from "./grade-style";

function GradeCell({ row, cell }: { row: HeatmapRow; cell: HeatmapRow["cells"][number] }) {
  const style = GRADE_STYLE[cell.grade ?? "ungraded"];
  const name = `${row.name}, ${OPENNESS_COMPONENT_LABELS[cell.component]}: ${style.label}`;
  const box = `block size-6 rounded-sm leading-6 ${style.className}`;
  return (
    <td className="p-0.5 text-center">
      {/* The accessible name replaces the symbol, so the symbol needs no wrapper (750 cells: every node counts). */}
      {cell.evidenceUrl ? (
        <a href={cell.evidenceUrl} aria-label={`${name} — evidence`} title={cell.note ? `${style.label}: ${cell.note}` : style.label} className={box}>
          {style.symbol}
        </a>
      ) : (
        <span role="img" aria-label={name} title={style.label} className={box}>
          {style.symbol}
        </span>
      )}
    </td>
  );
}

export function OpennessHeatmapTable({
  components,
  rows,
  order,
  sortHrefs,
}: {
  components: readonly OpennessComponent[];
  rows: readonly HeatmapRow[];
  order: HeatmapOrder;
  /** The page URL with the heatmap in each order. */
  sortHrefs: Record<HeatmapOrder, string>;
}) {
  if (rows.length === 0) return <p className="text-sm">No models match the filters.</p>;
  const byScore = order === "score-desc" || order === "score-asc";
  const scoreSort = order === "score-desc" ? "descending" : order === "score-asc" ? "ascending" : "none";
  const nameSort = order === "name" ? "ascending" : order === "name-desc" ? "descending" : "none";
  return (
    <div className="max-h-[70vh] overflow-auto rounded border border-zinc-200 dark:border-zinc-800">
      <table className="border-collapse text-xs">
        <caption className="sr-only">Openness grade per model and component; each grade links to its evidence.</caption>
        <thead className="sticky top-0 z-10 bg-white dark:bg-zinc-950">
          <tr>
            <th scope="col" aria-sort={nameSort} className="sticky left-0 z-20 bg-white px-2 py-1 text-left align-bottom dark:bg-zinc-950">
              <Link href={sortHrefs[order === "name" ? "name-desc" : "name"]} scroll={false} className={`underline-offset-2 hover:underline ${byScore ? "font-normal" : "font-semibold"}`}>
                Model {order === "name" ? "↑" : order === "name-desc" ? "↓" : ""}
                <span className="sr-only">: sort by name</span>
              </Link>
            </th>
            <th scope="col" aria-sort={scoreSort} className="px-2 py-1 text-right align-bottom">
              <Link href={sortHrefs[order === "score-desc" ? "score-asc" : "score-desc"]} scroll={false} className={`underline-offset-2 hover:underline ${byScore ? "font-semibold" : "font-normal"}`}>
                Score {order === "score-asc" ? "↑" : order === "score-desc" ? "↓" : ""}
                <span className="sr-only">: sort by openness score</span>
              </Link>
            </th>
            {components.map((c) => (
              <th key={c} scope="col" className="h-36 px-0.5 py-1 align-bottom font-normal">
                <span className="inline-block rotate-180 whitespace-nowrap [writing-mode:vertical-rl]">{OPENNESS_COMPONENT_LABELS[c]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} className="border-t border-zinc-200 dark:border-zinc-800">
              <th scope="row" className="sticky left-0 bg-white px-2 py-1 text-left font-normal dark:bg-zinc-950">
                <span className="flex items-center gap-1.5 whitespace-nowrap">
                  <Link href={`/models/${r.slug}`} className="block max-w-[8.5rem] truncate underline sm:max-w-none">{r.name}</Link>
                  {/* The full badge is too heavy for 63 rows. */}
                  <AccessMark access={r.access} />
                </span>
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{formatScore(r.score, 0)}</td>
              {r.cells.map((cell) => (
                <GradeCell key={cell.component} row={r} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
