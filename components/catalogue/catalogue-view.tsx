"use client";
// The catalogue page's interactive part: search, filters (a sidebar from
// 1,280 px, a sheet below), chips, count, the rows (a table from 1,024 px,
// where it fits without sideways scrolling; cards below: one or the other,
// row-layout.ts), paging and export, all driven by the URL and fetched
// through the API.
import { CompareLink } from "@/components/compare/compare-link";
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import { activeFilters, withoutFilter, type ActiveFilter } from "@/lib/domain/active-filters";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { selfHostVolume } from "@/lib/domain/catalogue-price";
import { onFirstInteraction } from "@/components/ui/first-interaction";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { useFacets } from "@/lib/query/facets";
import { useModels } from "@/lib/query/models";
import type { FacetCounts } from "@/lib/schemas/facets-response";
import type { ModelList } from "@/lib/schemas/model-response";
import type { ModelsQuery, QueryIssue } from "@/lib/schemas/models-query";
import { ColumnPicker } from "./column-picker";
import { FilterChips } from "./filter-chips";
import { FilterSheet } from "./filter-sheet";
import { FiltersPanel } from "./filters-panel";
import type { FilterOptions } from "./filter-options";
import { Pager } from "./pager";
import { RowControlsContext } from "./row-controls";
import { SIDEBAR_FROM, type RowLayout } from "./row-layout";
import { useRowLayout } from "./use-row-layout";
import { SearchBox } from "./search-box";
import { SortSelect } from "./sort-select";
import { TableNotes } from "./table-notes";
import { useCatalogueUrl } from "./use-catalogue-url";

// The rows as the client draws them, once the reader leaves the server's first page:
// fetched at the reader's first move (onFirstInteraction), so they are ready by the first click.
const loadRows = () => import("./catalogue-rows");
const CatalogueRows = lazy(() => loadRows().then((m) => ({ default: m.CatalogueRows })));
// Only an empty result needs it (and TanStack's useQueries with it): not part of the first load.
const RelaxSuggestions = lazy(() => import("./relax-suggestions").then((m) => ({ default: m.RelaxSuggestions })));

const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center underline md:min-h-0 md:min-w-0";

export function CatalogueView({
  initial,
  initialRows,
  options,
}: {
  /** The server's parse of the URL (with the parameters it refused), its API query string, the page of models, its facet counts, and the columns and row layout it rendered. */
  initial: { query: ModelsQuery; dropped: QueryIssue[]; params: string; data: ModelList; facets: FacetCounts; columns: string; layout: RowLayout };
  /** That page's rows, rendered on the server (catalogue-rows.tsx) in `initial.layout`. */
  initialRows: ReactNode;
  options: FilterOptions;
}) {
  const { query, params, checking, issues, columns, update, clear, setColumns, hrefFor } = useCatalogueUrl(initial);
  const { data, isFetching, isPlaceholderData, error } = useModels(params, initial);
  const { data: facets } = useFacets(params, { params: initial.params, data: initial.facets });
  const layout = useRowLayout(initial.layout);
  // The sidebar exists only where it shows (a phone's filters are in the sheet, drawn when opened):
  // on a phone the hidden panel was a third of the page's elements, all hydrated for nothing.
  const sidebar = useMediaQuery(SIDEBAR_FROM, initial.layout === "table");
  const [selected, setSelected] = useState<string[]>([]);
  const names = Object.fromEntries([...options.licences, ...options.organizations].map((o) => [o.slug, o.name]));
  const filters = activeFilters(query, names, { hidePageDefaults: true });
  const remove = (f: ActiveFilter) => update(withoutFilter(query, f));
  const exportParams = toSearchParams({ ...query, page: undefined, pageSize: undefined });
  const updating = (isFetching && isPlaceholderData) || checking;
  const controls = useMemo(
    () => ({
      selected,
      onSelect: (slug: string, on: boolean) => setSelected((s) => (on ? [...s, slug].slice(-4) : s.filter((x) => x !== slug))),
      onSort: (sort: string) => update({ sort }),
    }),
    [selected, update],
  );
  useEffect(() => onFirstInteraction(() => void loadRows()), []);
  // The server's rows stand while they show what the reader asked for.
  const serverRowsHold = data === initial.data && columns.join(",") === initial.columns && layout === initial.layout;

  return (
    <div className="space-y-4">
      <div className="flex items-end gap-2 xl:max-w-3xl">
        <div className="min-w-0 flex-1">
          <SearchBox value={query.q ?? ""} onSearch={(q) => update({ q }, { replace: true })} />
        </div>
        <div className="xl:hidden">
          <FilterSheet activeCount={filters.length} total={data?.total} updating={updating} onClear={clear}>
            <FiltersPanel query={query} update={update} options={options} facets={facets?.facets} issues={issues} />
          </FilterSheet>
        </div>
      </div>
      <div className={sidebar ? "grid gap-6 xl:grid-cols-[14rem_minmax(0,1fr)] xl:gap-5" : "grid gap-6"}>
        {sidebar && (
          <aside aria-label="Filters" className="hidden xl:block">
            <FiltersPanel query={query} update={update} options={options} facets={facets?.facets} issues={issues} />
          </aside>
        )}

        <section id="results" tabIndex={-1} aria-labelledby="results-heading" className="min-w-0 space-y-3">
          <h2 id="results-heading" className="sr-only">Results</h2>
          <FilterChips filters={filters} onRemove={remove} onClear={clear} />
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm md:gap-x-4">
            <p aria-live="polite" className="font-medium">
              {data ? `${data.total} model${data.total === 1 ? "" : "s"}` : "Loading…"}
              {updating ? <span className="ml-2 font-normal text-zinc-600 dark:text-zinc-400">Updating…</span> : null}
            </p>
            {/* On a phone the export links wrap under the sort and column controls. */}
            <span className="order-last flex w-full flex-wrap items-center gap-x-3 md:order-none md:w-auto">
              <span className="text-zinc-600 dark:text-zinc-400">Export this view:</span>
              <a className={linkClass} href={`/api/models?${exportParams.toString()}${exportParams.size ? "&" : ""}format=csv`} download>CSV</a>
              <a className={linkClass} href={`/api/models?${exportParams.toString()}${exportParams.size ? "&" : ""}format=ndjson`} download>JSON (one model per line)</a>
            </span>
            <span className="ml-auto flex flex-wrap items-center justify-end gap-2">
              {selected.length > 0 && (
                <CompareLink slugs={selected} className="inline-flex min-h-11 items-center rounded bg-emerald-700 px-3 font-medium text-white hover:bg-emerald-800 md:min-h-9">
                  Compare {selected.length} selected
                </CompareLink>
              )}
              <span className="lg:hidden">
                <SortSelect sort={query.sort} onSort={(sort) => update({ sort })} />
              </span>
              <ColumnPicker columns={columns} onChange={setColumns} />
            </span>
          </div>
          {error && <p role="alert" className="text-red-700 dark:text-red-400">Could not load models: {error.message}</p>}
          {/* The server renders the first page, and later pages keep the previous one on screen, so there is always data but after an error. */}
          {!data ? null : data.total === 0 ? (
            <Suspense fallback={<p className="font-medium">No models match all of these filters.</p>}>
              <RelaxSuggestions query={query} filters={filters} onRemove={remove} />
            </Suspense>
          ) : (
            <>
              <TableNotes query={query} />
              <RowControlsContext value={controls}>
                <div aria-busy={updating} className={updating ? "opacity-60" : undefined}>
                  {serverRowsHold ? (
                    initialRows
                  ) : (
                    <Suspense fallback={initialRows}>
                      <CatalogueRows layout={layout} items={data.items} columns={columns} sort={query.sort} bestMatchFirst={query.q !== undefined && query.sort === undefined} selfHostAtMTokPerMonth={selfHostVolume(query)} />
                    </Suspense>
                  )}
                </div>
              </RowControlsContext>
              <Pager page={query.page} pageSize={query.pageSize} total={data.total} hrefFor={(page) => hrefFor({ ...query, page })} onPageSize={(pageSize) => update({ pageSize })} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
