"use client";
// The catalogue page's interactive part: filters, chips, count, table,
// paging and export, all driven by the URL and fetched through the API.
import { CompareLink } from "@/components/compare/compare-link";
import { useState } from "react";
import { activeFilters, withoutFilter, type ActiveFilter } from "@/lib/domain/active-filters";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { useModels } from "@/lib/query/models";
import type { ModelList } from "@/lib/schemas/model-response";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import { FilterChips } from "./filter-chips";
import { FiltersPanel } from "./filters-panel";
import type { FilterOptions } from "./filter-options";
import { ModelsTable } from "./models-table";
import { Pager } from "./pager";
import { RelaxSuggestions } from "./relax-suggestions";
import { SearchBox } from "./search-box";
import { TableSkeleton } from "./table-skeleton";
import { useCatalogueUrl } from "./use-catalogue-url";

export function CatalogueView({ initial, options }: { initial: { query: ModelsQuery; params: string; data: ModelList }; options: FilterOptions }) {
  const { query, params, update, clear } = useCatalogueUrl(initial.query);
  const { data, isFetching, isPlaceholderData, error } = useModels(params, initial);
  const [selected, setSelected] = useState<string[]>([]);
  const names = Object.fromEntries([...options.licences, ...options.organizations].map((o) => [o.slug, o.name]));
  const filters = activeFilters(query, names);
  const remove = (f: ActiveFilter) => update(withoutFilter(query, f));
  const exportParams = toSearchParams({ ...query, page: undefined, pageSize: undefined });

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <details className="lg:hidden" open={false}>
        <summary className="cursor-pointer rounded border border-zinc-300 px-3 py-2 text-sm font-medium dark:border-zinc-700">Filters{filters.length ? ` (${filters.length} active)` : ""}</summary>
        <div className="mt-3"><FiltersPanel query={query} update={update} options={options} /></div>
      </details>
      <aside aria-label="Filters" className="hidden lg:block"><FiltersPanel query={query} update={update} options={options} /></aside>

      <section aria-label="Results" className="min-w-0 space-y-3">
        <SearchBox value={query.q ?? ""} onSearch={(q) => update({ q }, { replace: true })} />
        <FilterChips filters={filters} onRemove={remove} onClear={clear} />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <p aria-live="polite" className="font-medium">
            {data ? `${data.total} model${data.total === 1 ? "" : "s"}` : "Loading…"}
            {isFetching && isPlaceholderData ? <span className="ml-2 font-normal text-zinc-600 dark:text-zinc-400">Updating…</span> : null}
          </p>
          <span className="text-zinc-600 dark:text-zinc-400">Export this view:</span>
          <a className="underline" href={`/api/models?${exportParams.toString()}${exportParams.size ? "&" : ""}format=csv`} download>CSV</a>
          <a className="underline" href={`/api/models?${exportParams.toString()}${exportParams.size ? "&" : ""}format=ndjson`} download>JSON (one model per line)</a>
          {selected.length > 0 && (
            <CompareLink slugs={selected} className="ml-auto rounded bg-emerald-700 px-3 py-1 font-medium text-white hover:bg-emerald-800">
              Compare {selected.length} selected
            </CompareLink>
          )}
        </div>
        {error && <p role="alert" className="text-red-700 dark:text-red-400">Could not load models: {error.message}</p>}
        {!data ? (
          <TableSkeleton />
        ) : data.total === 0 ? (
          <RelaxSuggestions query={query} filters={filters} onRemove={remove} />
        ) : (
          <>
            <ModelsTable
              items={data.items}
              sort={query.sort}
              bestMatchFirst={query.q !== undefined && query.sort === undefined}
              onSort={(sort) => update({ sort })}
              selected={selected}
              onSelect={(slug, on) => setSelected((s) => (on ? [...s, slug].slice(-4) : s.filter((x) => x !== slug)))}
              busy={isFetching && isPlaceholderData}
            />
            <Pager
              page={query.page}
              pageSize={query.pageSize}
              total={data.total}
              hrefFor={(page) => `?${toSearchParams({ ...query, page }).toString()}`}
              onPageSize={(pageSize) => update({ pageSize })}
            />
          </>
        )}
      </section>
    </div>
  );
}
