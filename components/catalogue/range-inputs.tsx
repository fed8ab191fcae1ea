"use client";
// Labelled number and date fields. Each commits to the URL after a short
// pause (typing "70" does not first filter on "7"), and a value the URL holds
// but the API refuses is kept in its field with the API's message beside it.
import { useCallback, useId, useMemo } from "react";
import { useDraft } from "./use-draft";

const inputClass =
  "w-full rounded border bg-white px-2 py-1 text-sm dark:bg-zinc-900 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700 dark:aria-invalid:border-red-400 dark:aria-invalid:ring-red-400 border-zinc-400 dark:border-zinc-600";

/** What every field's <input> shares: a decimal keypad for numbers, a numeric one for dates, no negatives. */
const fieldProps = (type: "number" | "text") => ({
  type,
  inputMode: type === "number" ? ("decimal" as const) : ("numeric" as const),
  min: type === "number" ? 0 : undefined,
  step: "any",
  className: inputClass,
});

/** The message under a field whose value is not applied. */
function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-red-800 dark:text-red-300">
      Not applied: {message}
    </p>
  );
}

type Pair = { min: string; max: string };
const samePair = (a: Pair, b: Pair) => a.min === b.min && a.max === b.max;

export function RangeInputs({
  legend,
  unit,
  min,
  max,
  errors = {},
  type = "number",
  onCommit,
}: {
  legend: string;
  unit?: string;
  min: string;
  max: string;
  /** The API's message for a side the URL gives but the API refuses. */
  errors?: { min?: string; max?: string };
  type?: "number" | "text";
  onCommit: (min: string, max: string) => void;
}) {
  const id = useId();
  const value = useMemo(() => ({ min, max }), [min, max]);
  const commit = useCallback((d: Pair) => onCommit(d.min, d.max), [onCommit]);
  const [draft, setDraft] = useDraft(value, commit, { delay: 500, same: samePair });
  const placeholder = type === "text" ? "YYYY-MM" : undefined;
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">
        {legend} {unit && <span className="font-normal text-zinc-600 dark:text-zinc-400">({unit})</span>}
      </legend>
      <div className="flex gap-2">
        {(["min", "max"] as const).map((side) => (
          <div key={side} className="min-w-0 flex-1">
            <label className="text-xs">
              <span className="block text-zinc-700 dark:text-zinc-300">{side === "min" ? "From" : "To"}</span>
              <input
                {...fieldProps(type)}
                placeholder={placeholder}
                value={draft[side]}
                aria-invalid={errors[side] ? true : undefined}
                aria-describedby={errors[side] ? `${id}-${side}-error` : undefined}
                onChange={(e) => setDraft({ ...draft, [side]: e.currentTarget.value })}
              />
            </label>
          </div>
        ))}
      </div>
      <FieldError id={`${id}-min-error`} message={errors.min} />
      <FieldError id={`${id}-max-error`} message={errors.max} />
    </fieldset>
  );
}

const sameText = (a: string, b: string) => a === b;

/** One labelled field (a date, a volume), committed like a range's. */
export function FieldInput({
  label,
  hint,
  value,
  error,
  type = "text",
  placeholder,
  onCommit,
}: {
  label: string;
  hint?: string;
  value: string;
  error?: string;
  type?: "number" | "text";
  placeholder?: string;
  onCommit: (value: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useDraft(value, onCommit, { delay: 500, same: sameText });
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div>
      <label className="block text-sm">
        <span className="mb-1 block font-semibold">{label}</span>
        <input
          {...fieldProps(type)}
          placeholder={placeholder}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(e) => setDraft(e.currentTarget.value)}
        />
      </label>
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
