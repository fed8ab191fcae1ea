"use client";
// Text fields backed by compare-URL parameters: what the reader types stays as typed, an invalid
// value gets its message (from the URL schema) and leaves the URL alone, a valid one goes into the
// URL after a short pause so the server recomputes every number from it.
import { useRef, useState } from "react";
import { type CalculatorParam, calculatorFieldSchemas } from "@/lib/schemas/compare-query";
import { type UrlPatch, useCompareUrl } from "./use-compare-url";

export type FieldTexts = Partial<Record<CalculatorParam, string>>;
export type FieldErrors = Partial<Record<CalculatorParam, string>>;

const PAUSE_MS = 400;

export function useUrlFields(initialTexts: FieldTexts, initialErrors: FieldErrors, optional: ReadonlySet<CalculatorParam>) {
  const { update, pending } = useCompareUrl();
  const [texts, setTexts] = useState(initialTexts);
  const [errors, setErrors] = useState(initialErrors);
  const queued = useRef<UrlPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = queued.current;
    queued.current = {};
    if (Object.keys(patch).length > 0) update(patch);
  };

  /** Validates one field; a valid value is queued for the URL (at once when `now`). */
  const change = (param: CalculatorParam, text: string, now = false) => {
    setTexts((t) => ({ ...t, [param]: text }));
    let error: string | undefined;
    if (text.trim() === "") error = optional.has(param) ? undefined : "Enter a value";
    else {
      const parsed = calculatorFieldSchemas[param].safeParse(text);
      if (!parsed.success) error = parsed.error.issues[0]?.message ?? "Invalid value";
    }
    setErrors((e) => {
      const next = { ...e };
      if (error) next[param] = error;
      else delete next[param];
      return next;
    });
    if (error) return;
    queued.current = { ...queued.current, [param]: text };
    if (timer.current) clearTimeout(timer.current);
    if (now) flush();
    else timer.current = setTimeout(flush, PAUSE_MS);
  };

  return { texts, errors, change, flush, update, pending };
}
