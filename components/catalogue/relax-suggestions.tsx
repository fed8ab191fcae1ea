"use client";
// The empty state: for each active filter, how many models its removal would bring back.
import { useQueries } from "@tanstack/react-query";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { withoutFilter, type ActiveFilter } from "@/lib/domain/active-filters";
import { modelsQueryOptions } from "@/lib/query/models";
import type { ModelsQuery } from "@/lib/schemas/models-query";

export function RelaxSuggestions({ query, filters, onRemove }: { query: ModelsQuery; filters: ActiveFilter[]; onRemove: (f: ActiveFilter) => void }) {
  const results = useQueries({
    queries: filters.map((f) => modelsQueryOptions(toSearchParams({ ...withoutFilter(query, f), pageSize: 1 }).toString())),
  });
  return (
    <div className="rounded border border-dashed border-zinc-400 p-4 dark:border-zinc-600">
      <p className="font-medium">No models match all of these filters.</p>
      {filters.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm">
          {filters.map((f, i) => {
            const total = results[i]?.data?.total;
            return (
              <li key={`${f.param}:${f.value}`}>
                <button type="button" onClick={() => onRemove(f)} className="text-emerald-800 underline dark:text-emerald-300">
                  Remove “{f.label}”
                </button>{" "}
                {total === undefined ? "" : `→ ${total} model${total === 1 ? "" : "s"}`}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-1 text-sm">The catalogue is empty.</p>
      )}
    </div>
  );
}
