"use client";
// A labelled group of checkboxes for a multi-valued filter, each with the
// number of models it would keep under the other filters (when known).
import { useId } from "react";

export function CheckboxGroup({
  legend,
  note,
  name,
  options,
  counts,
  selected,
  onChange,
  scroll = false,
}: {
  legend: string;
  note?: string;
  name: string;
  options: ReadonlyArray<{ value: string; label: string; hint?: string }>;
  counts?: Readonly<Record<string, number>>;
  selected: readonly string[];
  onChange: (values: string[]) => void;
  scroll?: boolean;
}) {
  const id = useId();
  const toggle = (value: string, checked: boolean) => onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="space-y-1" aria-describedby={note ? `${id}-note` : undefined}>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {note && <p id={`${id}-note`} className="text-xs text-zinc-600 dark:text-zinc-400">{note}</p>}
      <div className={scroll ? "max-h-44 space-y-1 overflow-y-auto pr-1" : "space-y-1"}>
        {options.map((o) => {
          const count = counts ? (counts[o.value] ?? 0) : undefined;
          const checked = selected.includes(o.value);
          return (
            <label key={o.value} className={`flex cursor-pointer items-start gap-2 text-sm ${count === 0 && !checked ? "text-zinc-500 dark:text-zinc-400" : ""}`} title={o.hint}>
              <input
                type="checkbox"
                name={name}
                value={o.value}
                checked={checked}
                onChange={(e) => toggle(o.value, e.currentTarget.checked)}
                className="mt-0.5 size-4 shrink-0 accent-emerald-700"
              />
              <span>
                {o.label}
                {count !== undefined && <span className="text-zinc-600 tabular-nums dark:text-zinc-400"> ({count})</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
