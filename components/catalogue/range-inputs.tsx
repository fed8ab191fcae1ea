"use client";
// A labelled min–max pair; commits on change after a short pause, so typing
// "70" does not first filter on "7".
import { useEffect, useState } from "react";

export function RangeInputs({
  legend,
  unit,
  min,
  max,
  type = "number",
  onCommit,
}: {
  legend: string;
  unit?: string;
  min: string;
  max: string;
  type?: "number" | "text";
  onCommit: (min: string, max: string) => void;
}) {
  const [draft, setDraft] = useState({ min, max });
  // Follow the URL when it changes from outside (back/forward, chips).
  const [seen, setSeen] = useState({ min, max });
  if (seen.min !== min || seen.max !== max) {
    setSeen({ min, max });
    setDraft({ min, max });
  }
  useEffect(() => {
    if (draft.min === min && draft.max === max) return;
    const timer = setTimeout(() => onCommit(draft.min, draft.max), 500);
    return () => clearTimeout(timer);
  }, [draft, min, max, onCommit]);
  const inputClass = "w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900";
  const placeholder = type === "text" ? "YYYY-MM" : undefined;
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">
        {legend} {unit && <span className="font-normal text-zinc-600 dark:text-zinc-400">({unit})</span>}
      </legend>
      <div className="flex gap-2">
        {(["min", "max"] as const).map((side) => (
          <label key={side} className="flex-1 text-xs">
            <span className="block text-zinc-700 dark:text-zinc-300">{side === "min" ? "From" : "To"}</span>
            <input
              type={type}
              inputMode={type === "number" ? "decimal" : "numeric"}
              min={type === "number" ? 0 : undefined}
              step="any"
              placeholder={placeholder}
              value={draft[side]}
              onChange={(e) => setDraft({ ...draft, [side]: e.currentTarget.value })}
              className={inputClass}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
