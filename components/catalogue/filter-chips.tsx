"use client";
// Active filters as removable chips, plus "clear all".
import type { ActiveFilter } from "@/lib/domain/active-filters";

export function FilterChips({ filters, onRemove, onClear }: { filters: ActiveFilter[]; onRemove: (f: ActiveFilter) => void; onClear: () => void }) {
  if (filters.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {filters.map((f) => (
        <button
          key={`${f.param}:${f.value}`}
          type="button"
          onClick={() => onRemove(f)}
          aria-label={`Remove filter ${f.label}`}
          className="inline-flex min-h-11 items-center gap-1 rounded-full border border-zinc-400 px-3 text-xs hover:bg-zinc-100 md:min-h-7 md:px-2.5 dark:border-zinc-600 dark:hover:bg-zinc-800"
        >
          {f.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button type="button" onClick={onClear} className="min-h-11 px-1 text-xs font-medium md:min-h-7 text-emerald-800 underline dark:text-emerald-300">
        Clear all
      </button>
    </div>
  );
}

