"use client";
// The one place the reader states their volume: monthly input and output tokens and the share of
// input served from a prompt cache. The summary, the table's cost rows, the radar's cost axis and
// the calculator all use it (it is in the URL). Without JavaScript it is a plain GET form.
import { NumberField } from "./calculator-fields";
import { type FieldErrors, useUrlFields } from "./use-url-fields";
import type { CalculatorParam } from "@/lib/schemas/compare-query";

const NONE = new Set<CalculatorParam>();

export function VolumeForm({
  texts: initialTexts,
  errors: initialErrors,
  hidden,
}: {
  texts: Record<"inM" | "outM" | "cachedShare", string>;
  errors: FieldErrors;
  /** The URL's other parameters, kept when the form is submitted without JavaScript. */
  hidden: Array<[string, string]>;
}) {
  const { texts, errors, change, flush, pending } = useUrlFields(initialTexts, initialErrors, NONE);
  const field = (param: "inM" | "outM" | "cachedShare") => ({ param, value: texts[param] ?? "", error: errors[param], onChange: (p: CalculatorParam, v: string) => change(p, v) });
  return (
    <form
      id="volume"
      method="get"
      action="/compare"
      aria-label="Your monthly volume"
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        flush();
      }}
      className="grid max-w-4xl scroll-mt-4 grid-cols-2 gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-start"
    >
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <NumberField {...field("inM")} label="Input tokens / month (millions)" />
      <NumberField {...field("outM")} label="Output tokens / month (millions)" />
      <NumberField {...field("cachedShare")} label="Input cached (0–1)" />
      <div className="self-end sm:self-start sm:pt-6">
        <button type="submit" className="min-h-11 w-full rounded border border-zinc-500 px-4 py-2 text-sm font-medium hover:bg-zinc-100 sm:w-auto dark:border-zinc-500 dark:hover:bg-zinc-800">
          {pending ? "Updating…" : "Update"}
        </button>
      </div>
    </form>
  );
}
