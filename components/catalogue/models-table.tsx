"use client";
// The catalogue table: real table semantics, sortable headers announced
// with aria-sort, unknowns as "—".
import Link from "next/link";
import { AccessBadge } from "@/components/models/access-badge";
import { LicenceBadge } from "@/components/models/licence-badge";
import { formatParameters, formatScore, formatTokens, formatUsd, UNKNOWN } from "@/lib/domain/format";
import { formatPartialDate } from "@/lib/domain/dates";
import type { ModelSummary } from "@/lib/schemas/model-response";

type SortField = "name" | "releaseDate" | "parameters" | "price" | "openness" | "mmlu";
const COLUMNS: Array<{ label: string; sort?: SortField; className?: string }> = [
  { label: "Model", sort: "name", className: "sticky left-0 z-10 bg-zinc-50 dark:bg-zinc-900" },
  { label: "Organisation" },
  { label: "Released", sort: "releaseDate" },
  { label: "Parameters", sort: "parameters", className: "text-right" },
  { label: "Licence" },
  { label: "Access" },
  { label: "Openness", sort: "openness", className: "text-right" },
  { label: "Price in / out ($/1M)", sort: "price", className: "text-right" },
  { label: "Context", className: "text-right" },
  { label: "MMLU", sort: "mmlu", className: "text-right" },
  { label: "Compare" },
];

export function ModelsTable({
  items,
  sort,
  onSort,
  selected,
  onSelect,
  busy,
  bestMatchFirst = false,
}: {
  items: ModelSummary[];
  sort: string | undefined;
  onSort: (sort: string) => void;
  selected: readonly string[];
  onSelect: (slug: string, on: boolean) => void;
  busy: boolean;
  /** A search without a sort: rows are in best-match order, so no column claims the order. */
  bestMatchFirst?: boolean;
}) {
  const field = bestMatchFirst ? undefined : (sort?.replace(/^-/, "") ?? "name");
  const descending = sort?.startsWith("-") ?? false;
  return (
    <div className="overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
      <table className={`w-full min-w-[900px] border-collapse text-sm ${busy ? "opacity-60" : ""}`} aria-busy={busy}>
        <caption className={bestMatchFirst ? "px-2 py-1 text-left text-sm text-zinc-600 dark:text-zinc-400" : "sr-only"}>
          {bestMatchFirst ? "Best matches first; a column header sorts instead." : "AI models; column headers with buttons sort the table."}
        </caption>
        <thead className="bg-zinc-50 text-left dark:bg-zinc-900">
          <tr>
            {COLUMNS.map((c) => {
              const active = c.sort !== undefined && c.sort === field;
              const ariaSort = active ? (descending ? "descending" : "ascending") : c.sort ? "none" : undefined;
              return (
                <th key={c.label} scope="col" aria-sort={ariaSort} className={`whitespace-nowrap px-2 py-2 font-semibold ${c.className ?? ""}`}>
                  {c.sort ? (
                    <button
                      type="button"
                      className="inline-flex items-center gap-1 hover:underline"
                      onClick={() => onSort(active && !descending ? `-${c.sort}` : active ? c.sort! : c.sort === "name" ? c.sort : `-${c.sort}`)}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (descending ? "▼" : "▲") : "↕"}</span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.slug} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="sticky left-0 z-10 bg-white px-2 py-2 text-left font-medium dark:bg-zinc-950">
                <Link href={`/models/${m.slug}`} className="text-emerald-800 hover:underline dark:text-emerald-300">{m.name}</Link>
              </th>
              <td className="max-w-40 px-2 py-2 text-xs">{m.organization.name}</td>
              <td className="whitespace-nowrap px-2 py-2">{m.releaseDate ? formatPartialDate(m.releaseDate, m.releaseDatePrecision) : UNKNOWN}</td>
              <td className="px-2 py-2 text-right tabular-nums">{m.parameters === null ? <span title="Not published by the developer">undisclosed</span> : formatParameters(m.parameters)}</td>
              <td className="max-w-48 px-2 py-2 text-xs"><LicenceBadge licence={m.licence} /></td>
              <td className="px-2 py-2"><AccessBadge access={m.access} /></td>
              <td className="px-2 py-2 text-right tabular-nums">{formatScore(m.opennessScore, 0)}</td>
              <td className="whitespace-nowrap px-2 py-2 text-right tabular-nums">
                {m.price ? `${formatUsd(m.price.inputUsdPerMTok)} / ${formatUsd(m.price.outputUsdPerMTok)}` : m.selfHostable ? <span title="No API price listed: weights can be run on your own hardware">self-host</span> : UNKNOWN}
              </td>
              <td className="px-2 py-2 text-right tabular-nums">{formatTokens(m.contextLength)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{formatScore(m.mmlu)}</td>
              <td className="px-2 py-2 text-center">
                <input type="checkbox" aria-label={`Compare ${m.name}`} checked={selected.includes(m.slug)} onChange={(e) => onSelect(m.slug, e.currentTarget.checked)} className="size-4 accent-emerald-700" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
