"use client";
// The three questions people ask first, as plain switches. Each says exactly
// what it tests; a licence whose terms are unreviewed passes none of them.
import type { ModelsQuery } from "@/lib/schemas/models-query";
import type { QueryPatch } from "./use-catalogue-url";

type Facets = Partial<Record<string, Record<string, number>>>;

interface Toggle {
  id: string;
  label: string;
  hint: string;
  on: (q: ModelsQuery) => boolean;
  patch: (q: ModelsQuery, on: boolean) => QueryPatch;
  count: (f: Facets) => number | undefined;
}

const TOGGLES: Toggle[] = [
  {
    id: "self-host",
    label: "Can self-host",
    hint: "Weights you can download and run on your own hardware.",
    on: (q) => q.selfHostable === true,
    patch: (_q, on) => ({ selfHostable: on ? "true" : undefined }),
    count: (f) => f.selfHostable?.true,
  },
  {
    id: "no-use-restrictions",
    label: "No use restrictions",
    hint: "The licence forbids no uses: no forbidden-use list, no acceptable-use policy. Unreviewed terms excluded.",
    on: (q) => q.useRestrictions === false,
    patch: (_q, on) => ({ useRestrictions: on ? "false" : undefined }),
    count: (f) => f.useRestrictions?.false,
  },
  {
    id: "no-commercial-conditions",
    label: "No conditions on commercial use",
    hint: "Commercial use with no user cap, revenue limit or naming rule. Says nothing about forbidden uses. Unreviewed terms excluded.",
    on: (q) => q.commercialUse?.length === 1 && q.commercialUse[0] === "yes",
    patch: (q, on) => ({ commercialUse: on ? ["yes"] : (q.commercialUse ?? []).filter((v) => v !== "yes") }),
    count: (f) => f.commercialUse?.yes,
  },
];

export function FilterToggles({ query, update, facets, idPrefix }: { query: ModelsQuery; update: (p: QueryPatch) => void; facets: Facets | undefined; idPrefix: string }) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-semibold">Quick answers</legend>
      {TOGGLES.map((t) => {
        const on = t.on(query);
        const count = facets ? t.count(facets) : undefined;
        const hintId = `${idPrefix}-${t.id}-hint`;
        return (
          <div key={t.id} className="text-sm">
            <label className="flex cursor-pointer items-start gap-2">
              <input
                type="checkbox"
                role="switch"
                checked={on}
                aria-describedby={hintId}
                onChange={(e) => update(t.patch(query, e.currentTarget.checked))}
                className="mt-0.5 size-4 shrink-0 accent-emerald-700"
              />
              <span>
                <span className="font-medium">{t.label}</span>
                {count !== undefined && <span className="text-zinc-600 dark:text-zinc-400"> ({count})</span>}
              </span>
            </label>
            <p id={hintId} className="ml-6 text-xs text-zinc-600 dark:text-zinc-400">{t.hint}</p>
          </div>
        );
      })}
    </fieldset>
  );
}
