"use client";
// Labelled calculator controls with an inline message for an invalid value.
import { useId } from "react";
import type { CalculatorParam } from "@/lib/schemas/compare-query";

interface FieldProps {
  param: CalculatorParam;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (param: CalculatorParam, value: string) => void;
  hint?: string;
}

function Message({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
    </>
  );
}

// At least 44 px tall: a comfortable tap target on a phone.
const INPUT = "mt-1 min-h-11 w-full rounded border bg-white px-2 py-2 text-base sm:text-sm dark:bg-zinc-900";
const border = (error?: string) => (error ? "border-red-700 dark:border-red-400" : "border-zinc-400 dark:border-zinc-600");

/** A text box for a number (type=text so anything typed gets a message, not a silent refusal). */
export function NumberField({ param, label, value, error, onChange, hint, placeholder }: FieldProps & { placeholder?: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <input
        id={id}
        name={param}
        type="text"
        inputMode="decimal"
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(param, e.target.value)}
        className={`${INPUT} ${border(error)}`}
      />
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  param,
  label,
  value,
  error,
  onChange,
  hint,
  options,
  emptyLabel,
}: FieldProps & { options: Array<{ value: string; label: string }>; emptyLabel?: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <select
        id={id}
        name={param}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(param, e.target.value)}
        className={`${INPUT} ${border(error)}`}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}
