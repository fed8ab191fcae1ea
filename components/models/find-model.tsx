"use client";
// "Find a model": type a name, pick it, land on its page. Suggestions come
// from the catalogue's own forgiving search (GET /api/models?q=, best match
// first: "gpt4", "deepseek r1" and "falcn" all find). It is a search form
// underneath: without JavaScript, or with no suggestion picked, Enter opens
// the catalogue filtered by the text.
import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useCombobox } from "@/components/ui/use-combobox";
import { useSlashShortcut } from "@/components/ui/use-slash-shortcut";
import { useQuery } from "@tanstack/react-query";
import { modelsQueryOptions } from "@/lib/query/models";
import { ACCESS_LABELS } from "@/lib/schemas/labels";

const SHOWN = 6;
/** A pause in typing before asking the server. */
const DELAY_MS = 150;

export function FindModel() {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState("");
  const [asked, setAsked] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setAsked(text.trim()), DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const params = new URLSearchParams({ q: asked, pageSize: String(SHOWN) }).toString();
  const { data, isFetching } = useQuery({ ...modelsQueryOptions(params), enabled: asked !== "" });
  const matches = asked === "" ? [] : (data?.items ?? []);
  const total = data?.total ?? 0;
  const open = (slug: string) => router.push(`/models/${slug}`);
  const { open: listOpen, setOpen, active, onKeyDown, restart } = useCombobox({ count: matches.length, onPick: (i) => open(matches[i]!.slug), startAt: -1 });
  const input = useSlashShortcut();

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = listOpen && matches.length > 0;
  const settled = !isFetching && asked === text.trim();

  return (
    <form role="search" action="/models" method="get" className="relative max-w-xl">
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-semibold">
        Find a model <span className="hidden font-normal text-zinc-600 md:inline dark:text-zinc-400">(press <kbd className="rounded border border-zinc-400 px-1 font-mono dark:border-zinc-600">/</kbd>)</span>
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        maxLength={200}
        placeholder="GPT-4, llama 3, deepseek r1…"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          restart();
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="min-h-11 w-full rounded border border-zinc-400 bg-white px-3 py-2 text-base dark:border-zinc-600 dark:bg-zinc-900"
      />
      <div hidden={!expanded} className="absolute z-30 mt-1 w-full overflow-hidden rounded border border-zinc-300 bg-white shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        <ul id={listId} role="listbox" aria-label="Matching models">
          {matches.map((m, i) => (
            <li
              key={m.slug}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => open(m.slug)}
              className={`flex min-h-11 cursor-pointer flex-wrap items-baseline gap-x-2 px-3 py-2 ${i === active ? "bg-zinc-200 dark:bg-zinc-700" : "hover:bg-zinc-100 dark:hover:bg-zinc-800"}`}
            >
              <span className="font-medium">{m.name}</span>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                {m.organization.name} · {ACCESS_LABELS[m.access]}
              </span>
            </li>
          ))}
        </ul>
        {total > matches.length && (
          <p className="border-t border-zinc-200 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            {total} matches: press Enter to see them all in the catalogue.
          </p>
        )}
      </div>
      {listOpen && settled && asked !== "" && matches.length === 0 && (
        <p role="status" className="mt-1 text-sm">
          No model matches “{asked}”.
        </p>
      )}
    </form>
  );
}
