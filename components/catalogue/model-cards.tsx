// The catalogue below 1,024 px (one column on a phone, two on a tablet): one card per model with the
// same facts as the table's row (the same column renderers), laid out for a
// phone — the name and the compare box as large tap targets, then who made
// it, the access class and licence, then the figures. Server-renderable like
// the table (models-table.tsx); the compare box is a client island.
import Link from "next/link";
import { CATALOGUE_COLUMNS, type ColumnId } from "@/lib/schemas/catalogue-columns";
import type { ModelSummary } from "@/lib/schemas/model-response";
import { COLUMN_CELLS } from "./columns";
import { CompareBox } from "./row-controls";

export interface CatalogueRowsProps {
  items: ModelSummary[];
  columns: readonly ColumnId[];
  sort: string | undefined;
  /** A search without a sort: rows in best-match order, and no column claims the order. */
  bestMatchFirst?: boolean;
  /** The price column counts self-hosting at this monthly volume (millions of tokens). */
  selfHostAtMTokPerMonth?: number;
}

/** Shown as a line under the name rather than as a labelled figure. */
const HEADLINE: ReadonlySet<ColumnId> = new Set(["organization", "releaseDate", "access", "licence"]);
const FIRST: readonly ColumnId[] = ["price", "parameters", "mmlu"];
const WIDE: ReadonlySet<ColumnId> = new Set(["capabilities", "lifecycle", "price"]);

export function ModelCards({ items, columns, selfHostAtMTokPerMonth }: CatalogueRowsProps) {
  const has = (id: ColumnId) => columns.includes(id);
  // The figures people compare first (price, size, quality) lead.
  const figures = [...FIRST.filter((id) => columns.includes(id)), ...columns.filter((id) => !HEADLINE.has(id) && !FIRST.includes(id))];
  return (
    <ul aria-label="Models" className="grid gap-3 md:grid-cols-2">
      {items.map((m) => (
        <li key={m.slug} data-slug={m.slug}>
          <article aria-labelledby={`card-${m.slug}`} className="h-full rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <div className="flex items-start gap-2">
              <div className="min-w-0 flex-1">
                <h3 id={`card-${m.slug}`} className="text-base font-semibold">
                  <Link href={`/models/${m.slug}`} className="inline-flex min-h-11 min-w-11 items-center text-emerald-800 hover:underline dark:text-emerald-300">{m.name}</Link>
                </h3>
                {(has("organization") || has("releaseDate")) && (
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">
                    {has("organization") && <span data-column="organization">{COLUMN_CELLS.organization(m, "card")}</span>}
                    {has("organization") && has("releaseDate") && <span aria-hidden="true"> · </span>}
                    {has("releaseDate") && (
                      <>
                        <span className="sr-only">, released </span>
                        <span data-column="releaseDate">{COLUMN_CELLS.releaseDate(m, "card")}</span>
                      </>
                    )}
                  </p>
                )}
              </div>
              <CompareBox slug={m.slug} name={m.name} large />
            </div>
            {(has("access") || has("licence")) && (
              <div className="mt-2 flex flex-wrap items-start gap-x-3 gap-y-1 text-sm">
                {has("access") && <span data-column="access">{COLUMN_CELLS.access(m, "card")}</span>}
                {has("licence") && (
                  <span className="flex">
                    <span className="sr-only">Licence: </span>
                    <span data-column="licence">{COLUMN_CELLS.licence(m, "card")}</span>
                  </span>
                )}
              </div>
            )}
            {figures.length > 0 && (
              <dl className="mt-3 grid grid-cols-3 gap-x-3 gap-y-2 text-sm">
                {figures.map((id) => (
                  <div key={id} className={WIDE.has(id) ? "col-span-2 min-w-0" : "min-w-0"}>
                    <dt className="text-xs text-zinc-600 dark:text-zinc-400">{CATALOGUE_COLUMNS[id].label}</dt>
                    <dd data-column={id} className="tabular-nums">{COLUMN_CELLS[id](m, "card", { selfHostAtMTokPerMonth })}</dd>
                  </div>
                ))}
              </dl>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
