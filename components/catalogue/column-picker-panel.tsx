"use client";
// The column picker's choices, loaded when the picker is first opened.
import { CATALOGUE_COLUMNS, COLUMN_IDS, DEFAULT_COLUMNS, type ColumnId } from "@/lib/schemas/catalogue-columns";

export function ColumnPickerPanel({ columns, onChange }: { columns: readonly ColumnId[]; onChange: (columns: ColumnId[]) => void }) {
  const toggle = (id: ColumnId, on: boolean) => onChange(on ? [...columns, id] : columns.filter((c) => c !== id));
  const isDefault = columns.length === DEFAULT_COLUMNS.length && DEFAULT_COLUMNS.every((id) => columns.includes(id));
  return (
    <fieldset className="absolute right-0 z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded border border-zinc-300 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
      <legend className="sr-only">Columns to show</legend>
      <ul className="space-y-0.5">
        {COLUMN_IDS.map((id) => {
          const spec = CATALOGUE_COLUMNS[id];
          return (
            <li key={id}>
              <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm md:min-h-8">
                <input type="checkbox" checked={columns.includes(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} className="size-4 accent-emerald-700" />
                {"name" in spec ? spec.name : spec.label}
              </label>
            </li>
          );
        })}
      </ul>
      <button type="button" disabled={isDefault} onClick={() => onChange([...DEFAULT_COLUMNS])} className="mt-2 min-h-11 text-sm font-medium text-emerald-800 underline disabled:text-zinc-500 disabled:no-underline md:min-h-8 dark:text-emerald-300 dark:disabled:text-zinc-500">
        Back to the default columns
      </button>
    </fieldset>
  );
}
