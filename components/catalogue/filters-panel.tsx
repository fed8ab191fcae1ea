"use client";
// Every catalogue filter, each with a visible label; changes go to the URL.
import { useCallback } from "react";
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import { ACCESS_EXPLANATION } from "@/components/models/access-badge";
import { ACCESS_LABELS, COMMERCIAL_USE_LABELS, LICENCE_CATEGORY_LABELS, MODALITY_LABELS } from "@/lib/schemas/labels";
import { COMMERCIAL_USE, LICENCE_CATEGORIES, MODALITIES } from "@/lib/schemas/vocabulary";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import { CheckboxGroup } from "./checkbox-group";
import { RangeInputs } from "./range-inputs";
import type { QueryPatch } from "./use-catalogue-url";
import type { FilterOptions } from "./filter-options";

const toOptions = (values: readonly string[], labels: Record<string, string>) => values.map((v) => ({ value: v, label: labels[v] ?? v }));
const str = (v: number | string | undefined) => (v === undefined ? "" : String(v));

export function FiltersPanel({ query, update, options }: { query: ModelsQuery; update: (p: QueryPatch, o?: { replace?: boolean }) => void; options: FilterOptions }) {
  const commitParams = useCallback((min: string, max: string) => update({ minParams: min, maxParams: max }), [update]);
  const commitPrice = useCallback((min: string, max: string) => update({ minPrice: min, maxPrice: max }), [update]);
  const commitDates = useCallback((min: string, max: string) => update({ releasedFrom: min, releasedTo: max }), [update]);
  return (
    <div className="space-y-5">
      <CheckboxGroup
        legend="Access"
        name="access"
        options={ACCESS_CLASSES.map((a) => ({ value: a, label: ACCESS_LABELS[a], hint: ACCESS_EXPLANATION[a] }))}
        selected={query.access ?? []}
        onChange={(access) => update({ access })}
      />
      <CheckboxGroup legend="Commercial use" name="commercialUse" options={toOptions(COMMERCIAL_USE, COMMERCIAL_USE_LABELS)} selected={query.commercialUse ?? []} onChange={(commercialUse) => update({ commercialUse })} />
      <CheckboxGroup legend="Licence category" name="licenceCategory" options={toOptions(LICENCE_CATEGORIES, LICENCE_CATEGORY_LABELS)} selected={query.licenceCategory ?? []} onChange={(licenceCategory) => update({ licenceCategory })} />
      <CheckboxGroup legend="Licence" name="licence" scroll options={options.licences.map((l) => ({ value: l.slug, label: `${l.name} (${l.modelCount})` }))} selected={query.licence ?? []} onChange={(licence) => update({ licence })} />
      <CheckboxGroup legend="Organisation" name="org" scroll options={options.organizations.map((o) => ({ value: o.slug, label: `${o.name} (${o.modelCount})` }))} selected={query.org ?? []} onChange={(org) => update({ org })} />
      <CheckboxGroup legend="Modality" name="modality" options={toOptions(MODALITIES, MODALITY_LABELS)} selected={query.modality ?? []} onChange={(modality) => update({ modality })} />
      <RangeInputs legend="Parameters" unit="billions" min={str(query.minParams)} max={str(query.maxParams)} onCommit={commitParams} />
      <RangeInputs legend="Blended price" unit="USD per 1M tokens" min={str(query.minPrice)} max={str(query.maxPrice)} onCommit={commitPrice} />
      <RangeInputs legend="Released" type="text" min={str(query.releasedFrom)} max={str(query.releasedTo)} onCommit={commitDates} />
    </div>
  );
}
