"use client";
// Choose the compared models: a searchable combobox to add one (arrow keys, Enter, Escape),
// buttons to reorder and remove. The URL is the state: every change navigates.
import { useId, useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useCombobox } from "@/components/ui/use-combobox";
import { compareHref } from "@/lib/domain/compare-href";
import { MAX_COMPARE_MODELS } from "@/lib/schemas/vocabulary";

export interface PickerOption {
  slug: string;
  name: string;
  organization: string;
}

const MAX_SHOWN = 8;
/** 44 × 44 px: a comfortable tap target on a phone. */
const BUTTON = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-full hover:bg-zinc-100 disabled:opacity-40 dark:hover:bg-zinc-800";

export function ModelPicker({ selected, options }: { selected: Array<{ slug: string; name: string }>; options: PickerOption[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [query, setQuery] = useState("");
  const id = useId();
  const slugs = selected.map((s) => s.slug);
  const full = slugs.length >= MAX_COMPARE_MODELS;

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return options
      .filter((o) => !slugs.includes(o.slug))
      .filter((o) => !q || `${o.name} ${o.organization} ${o.slug}`.toLowerCase().includes(q))
      .slice(0, MAX_SHOWN);
  }, [options, query, slugs]);

  const { open, setOpen, active, onKeyDown, restart } = useCombobox({ count: matches.length, onPick: (i) => add(matches[i]!.slug) });

  const go = (next: string[]) => {
    // Read the live URL so calculator assumptions (kept with history.replaceState) survive.
    const keep = new URLSearchParams(window.location.search);
    startTransition(() => router.push(compareHref(next, keep), { scroll: false }));
  };
  const add = (slug: string) => {
    setQuery("");
    setOpen(false);
    go([...slugs, slug]);
  };
  const move = (from: number, to: number) => {
    const next = [...slugs];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    go(next);
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && !full && matches.length > 0;

  return (
    <div className="space-y-3" aria-busy={pending}>
      {selected.length > 0 && (
        <ol aria-label="Models being compared" className="flex flex-wrap gap-2">
          {selected.map((s, i) => (
            <li key={s.slug} className="flex items-center rounded-full border border-zinc-400 pl-3 text-sm dark:border-zinc-600">
              <span className="mr-1">{s.name}</span>
              <button type="button" className={BUTTON} aria-label={`Move ${s.name} earlier`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ←
              </button>
              <button type="button" className={BUTTON} aria-label={`Move ${s.name} later`} disabled={i === selected.length - 1} onClick={() => move(i, i + 1)}>
                →
              </button>
              <button type="button" className={BUTTON} aria-label={`Remove ${s.name}`} onClick={() => go(slugs.filter((x) => x !== s.slug))}>
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="relative max-w-md">
        <label htmlFor={`${id}-input`} className="block text-sm font-medium">
          Add a model
        </label>
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={full ? `${id}-full` : undefined}
          disabled={full}
          autoComplete="off"
          placeholder={full ? "Remove a model to add another" : "Search by name or organisation"}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            restart();
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="mt-1 min-h-11 w-full rounded border border-zinc-400 bg-white px-3 py-2 text-base sm:text-sm disabled:cursor-not-allowed disabled:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:disabled:bg-zinc-800"
        />
        {full && (
          <p id={`${id}-full`} className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
            {MAX_COMPARE_MODELS} models is the most one comparison shows.
          </p>
        )}
        <ul id={listId} role="listbox" aria-label="Matching models" hidden={!expanded} className="absolute z-30 mt-1 max-h-72 w-full overflow-auto rounded border border-zinc-300 bg-white shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          {matches.map((o, i) => (
            <li
              key={o.slug}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => add(o.slug)}
              className={`min-h-11 cursor-pointer px-3 py-3 text-sm ${i === active ? "bg-zinc-200 dark:bg-zinc-700" : ""}`}
            >
              {o.name} <span className="text-zinc-600 dark:text-zinc-400">· {o.organization}</span>
            </li>
          ))}
        </ul>
        {open && !full && query.trim() !== "" && matches.length === 0 && (
          <p role="status" className="mt-1 text-xs">No model matches “{query.trim()}”.</p>
        )}
      </div>
    </div>
  );
}
