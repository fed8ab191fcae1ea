"use client";
// Every catalogue filter, each with a visible label, the number of models
// each choice would keep, and any refused value's message; changes go to the URL.
import { useCallback, useId } from "react";
import { ACCESS_CLASSES, CAPABILITIES, INPUT_MODALITIES } from "@/lib/schemas/vocabulary";
import { ACCESS_EXPLANATION } from "@/components/models/access-badge";
import { CATALOGUE_FILTERS } from "@/lib/schemas/catalogue-filters";
import { ACCESS_LABELS, CAPABILITY_LABELS, COMMERCIAL_USE_FILTER_LABELS, INPUT_MODALITY_LABELS, LICENCE_CATEGORY_LABELS, LIFECYCLE_FILTER_LABELS, MODALITY_LABELS } from "@/lib/schemas/labels";
import { COMMERCIAL_USE, LICENCE_CATEGORIES, MODALITIES } from "@/lib/schemas/vocabulary";
import type { ModelsQuery } from "@/lib/schemas/models-query";
import { CheckboxGroup } from "./checkbox-group";
import { FilterToggles } from "./filter-toggles";
import { FieldInput, RangeInputs } from "./range-inputs";
import type { QueryIssues, QueryPatch } from "./use-catalogue-url";
import type { FilterOptions } from "./filter-options";

type Facets = Partial<Record<string, Record<string, number>>>;
const toOptions = (values: readonly string[], labels: Record<string, string>) => values.map((v) => ({ value: v, label: labels[v] ?? v }));
const str = (v: number | string | undefined) => (v === undefined ? "" : String(v));
const LIFECYCLE_VALUES = CATALOGUE_FILTERS.lifecycle.values;
const SUGGESTED_VOLUME = String(CATALOGUE_FILTERS.mTokPerMonth.suggested);

export function FiltersPanel({
  query,
  update,
  options,
  facets,
  issues = {},
}: {
  query: ModelsQuery;
  update: (p: QueryPatch, o?: { replace?: boolean }) => void;
  options: FilterOptions;
  facets?: Facets;
  issues?: QueryIssues;
}) {
  const id = useId();
  /** The field's text: the URL's refused value if there is one, else the parsed value. */
  const text = (name: keyof ModelsQuery) => issues[name]?.value ?? str(query[name] as number | string | undefined);
  const commitParams = useCallback((min: string, max: string) => update({ minParams: min, maxParams: max }), [update]);
  const commitPrice = useCallback((min: string, max: string) => update({ minPrice: min, maxPrice: max }), [update]);
  const commitDates = useCallback((min: string, max: string) => update({ releasedFrom: min, releasedTo: max }), [update]);
  const commitKnowledge = useCallback((value: string) => update({ knowledgeFrom: value }), [update]);
  const commitVolume = useCallback((value: string) => update({ mTokPerMonth: value }), [update]);
  const commitHosts = useCallback((value: string) => update({ minHosts: value }), [update]);
  const commitContext = useCallback((value: string) => update({ minContext: value }), [update]);
  const selfHostPrice = query.priceIncludesSelfHost === true || issues.priceIncludesSelfHost !== undefined;
  return (
    <div className="space-y-5">
      <FilterToggles query={query} update={update} facets={facets} idPrefix={id} />
      {/* Price next to the quick answers: with them it answers “no strings, under $1 or cheaper to run myself” without scrolling. */}
      <div className="space-y-2">
        <RangeInputs
          legend="Price"
          unit="USD per 1M tokens"
          min={text("minPrice")}
          max={text("maxPrice")}
          errors={{ min: issues.minPrice?.message, max: issues.maxPrice?.message }}
          onCommit={commitPrice}
        />
        <label className="flex cursor-pointer items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={query.priceOrSelfHostable === true}
            onChange={(e) => update({ priceOrSelfHostable: e.currentTarget.checked ? "true" : undefined })}
            className="mt-0.5 size-4 shrink-0 accent-emerald-700"
          />
          <span>Or self-hostable: keep every model you can run yourself, whatever its price</span>
        </label>
        <label className="flex cursor-pointer items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={selfHostPrice}
            onChange={(e) => update(e.currentTarget.checked ? { priceIncludesSelfHost: "true", mTokPerMonth: text("mTokPerMonth") || SUGGESTED_VOLUME } : { priceIncludesSelfHost: undefined, mTokPerMonth: undefined })}
            className="mt-0.5 size-4 shrink-0 accent-emerald-700"
          />
          <span>Count self-hosting: the cheaper of the API and running the weights yourself</span>
        </label>
        {selfHostPrice && (
          <FieldInput
            label="At a volume of (millions of tokens a month)"
            hint="Self-hosting pays for one always-on server at least, so its price per token falls as the volume grows."
            type="number"
            value={text("mTokPerMonth")}
            error={issues.mTokPerMonth?.message ?? issues.priceIncludesSelfHost?.message}
            onCommit={commitVolume}
          />
        )}
      </div>
      <CheckboxGroup
        legend="Access"
        name="access"
        options={ACCESS_CLASSES.map((a) => ({ value: a, label: ACCESS_LABELS[a], hint: ACCESS_EXPLANATION[a] }))}
        counts={facets?.access}
        selected={query.access ?? []}
        onChange={(access) => update({ access })}
      />
      <CheckboxGroup
        legend="Commercial use"
        note="Forbidden uses are a separate question: see “No use restrictions”."
        name="commercialUse"
        options={toOptions(COMMERCIAL_USE, COMMERCIAL_USE_FILTER_LABELS)}
        counts={facets?.commercialUse}
        selected={query.commercialUse ?? []}
        onChange={(commercialUse) => update({ commercialUse })}
      />
      <CheckboxGroup
        legend="Can do"
        note="Models known to do every ticked one; unknown counts as no."
        name="capabilities"
        options={toOptions(CAPABILITIES, CAPABILITY_LABELS)}
        counts={facets?.capabilities}
        selected={query.capabilities ?? []}
        onChange={(capabilities) => update({ capabilities })}
      />
      <CheckboxGroup
        legend="Takes as input"
        note="Every ticked input."
        name="inputModalities"
        options={toOptions(INPUT_MODALITIES, INPUT_MODALITY_LABELS)}
        counts={facets?.inputModalities}
        selected={query.inputModalities ?? []}
        onChange={(inputModalities) => update({ inputModalities })}
      />
      <CheckboxGroup legend="Licence category" name="licenceCategory" options={toOptions(LICENCE_CATEGORIES, LICENCE_CATEGORY_LABELS)} counts={facets?.licenceCategory} selected={query.licenceCategory ?? []} onChange={(licenceCategory) => update({ licenceCategory })} />
      <CheckboxGroup legend="Licence" name="licence" scroll options={options.licences.map((l) => ({ value: l.slug, label: l.name }))} counts={facets?.licence} selected={query.licence ?? []} onChange={(licence) => update({ licence })} />
      <CheckboxGroup legend="Organisation" name="org" scroll options={options.organizations.map((o) => ({ value: o.slug, label: o.name }))} counts={facets?.org} selected={query.org ?? []} onChange={(org) => update({ org })} />
      <CheckboxGroup legend="Modality" name="modality" options={toOptions(MODALITIES, MODALITY_LABELS)} counts={facets?.modality} selected={query.modality ?? []} onChange={(modality) => update({ modality })} />
      <CheckboxGroup
        legend="Availability"
        note="Retired models are hidden unless ticked."
        name="lifecycle"
        options={toOptions(LIFECYCLE_VALUES, LIFECYCLE_FILTER_LABELS)}
        counts={facets?.lifecycle}
        selected={query.lifecycle ?? []}
        onChange={(lifecycle) => update({ lifecycle })}
      />
      <RangeInputs legend="Parameters" unit="billions" min={text("minParams")} max={text("maxParams")} errors={{ min: issues.minParams?.message, max: issues.maxParams?.message }} onCommit={commitParams} />
      <RangeInputs legend="Released" type="text" min={text("releasedFrom")} max={text("releasedTo")} errors={{ min: issues.releasedFrom?.message, max: issues.releasedTo?.message }} onCommit={commitDates} />
      <FieldInput label="Knowledge cut-off from" placeholder="YYYY-MM" value={text("knowledgeFrom")} error={issues.knowledgeFrom?.message} onCommit={commitKnowledge} />
      <FieldInput label="Context at least (tokens)" placeholder="128000" type="number" value={text("minContext")} error={issues.minContext?.message} onCommit={commitContext} />
      <FieldInput
        label="Served by at least (providers)"
        hint="The maker's API and hosts with a current price."
        type="number"
        value={text("minHosts")}
        error={issues.minHosts?.message}
        onCommit={commitHosts}
      />
    </div>
  );
}
