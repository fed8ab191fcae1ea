// The insights filters: a plain GET form over the catalogue's own URL
// parameters, so it works without JavaScript and links are shareable.
// Params it has no control for (search, organisation, ranges, sort) are kept as
// hidden fields and listed, so applying the form never drops them silently.
import Link from "next/link";
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import { activeFilters } from "@/lib/domain/active-filters";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { ACCESS_LABELS, COMMERCIAL_USE_LABELS, LICENCE_CATEGORY_LABELS } from "@/lib/schemas/labels";
import type { ModelsQuery } from "@/lib/schemas/models-query";

const CONTROLLED = new Set(["access", "licence", "licenceCategory", "commercialUse"]);

interface Option {
  value: string;
  label: string;
}

function Checkboxes({ legend, name, options, selected, scroll = false }: { legend: string; name: string; options: readonly Option[]; selected: readonly string[] | undefined; scroll?: boolean }) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className={`space-y-1 ${scroll ? "max-h-40 overflow-y-auto pr-1" : ""}`}>
        {options.map((o) => (
          <label key={o.value} className="flex cursor-pointer items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={selected?.includes(o.value)} className="mt-0.5 size-4 shrink-0 accent-emerald-700" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function InsightsFilters({ query, licences }: { query: ModelsQuery; licences: ReadonlyArray<{ slug: string; name: string; modelCount: number }> }) {
  const kept = [...toSearchParams({ ...query, page: undefined, pageSize: undefined }).entries()].filter(([k]) => !CONTROLLED.has(k));
  const names = Object.fromEntries(licences.map((l) => [l.slug, l.name]));
  const keptLabels = activeFilters(query, names).filter((f) => !CONTROLLED.has(f.param));
  const catalogueHref = `/models?${toSearchParams({ ...query, page: undefined, pageSize: undefined }).toString()}`;
  const enumOptions = (values: readonly string[], labels: Record<string, string>) => values.map((v) => ({ value: v, label: labels[v] ?? v }));
  return (
    <form method="get" action="/insights" aria-label="Filter the models the charts use" className="space-y-3 rounded border border-zinc-200 p-3 dark:border-zinc-800">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Checkboxes legend="Licence" name="licence" options={licences.filter((l) => l.modelCount > 0 || query.licence?.includes(l.slug)).map((l) => ({ value: l.slug, label: `${l.name} (${l.modelCount})` }))} selected={query.licence} scroll />
        <Checkboxes legend="Access class" name="access" options={enumOptions(ACCESS_CLASSES, ACCESS_LABELS)} selected={query.access} />
        <Checkboxes legend="Licence category" name="licenceCategory" options={enumOptions(Object.keys(LICENCE_CATEGORY_LABELS), LICENCE_CATEGORY_LABELS)} selected={query.licenceCategory} />
        <Checkboxes legend="Commercial use allowed" name="commercialUse" options={enumOptions(Object.keys(COMMERCIAL_USE_LABELS), COMMERCIAL_USE_LABELS)} selected={query.commercialUse} />
      </div>
      {kept.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {keptLabels.length > 0 && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Also applied from the catalogue: {keptLabels.map((f) => f.label).join("; ")}.</p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2">
          Apply filters
        </button>
        <Link href="/insights" className="text-sm underline">Clear all filters</Link>
        <Link href={catalogueHref} className="text-sm underline">Show these models in the catalogue</Link>
      </div>
    </form>
  );
}
