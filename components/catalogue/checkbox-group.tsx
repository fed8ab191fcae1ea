"use client";
// A labelled group of checkboxes for a multi-valued filter.

export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onChange,
  scroll = false,
}: {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: string; label: string; hint?: string }>;
  selected: readonly string[];
  onChange: (values: string[]) => void;
  scroll?: boolean;
}) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className={scroll ? "max-h-44 space-y-1 overflow-y-auto pr-1" : "space-y-1"}>
        {options.map((o) => (
          <label key={o.value} className="flex cursor-pointer items-start gap-2 text-sm" title={o.hint}>
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.currentTarget.checked)}
              className="mt-0.5 size-4 accent-emerald-700"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
