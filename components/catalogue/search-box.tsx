"use client";
// Text search: updates the URL after a short pause in typing. "/" jumps here
// (use-slash-shortcut.ts); the shortcut is announced (aria-keyshortcuts) and
// shown from the medium breakpoint up.
import { useCallback } from "react";
import { useSlashShortcut } from "@/components/ui/use-slash-shortcut";
import { useDraft } from "./use-draft";

const sameSearch = (a: string, b: string) => a.trim() === b.trim();

export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  // The draft survives a commit whose re-render arrives after more typing (use-draft.ts).
  const commit = useCallback((draft: string) => onSearch(draft.trim()), [onSearch]);
  const [draft, setDraft] = useDraft(value, commit, { delay: 300, same: sameSearch });
  const input = useSlashShortcut();
  return (
    <div>
      <div className="mb-1 flex items-baseline gap-2">
        <label htmlFor="catalogue-search" className="text-sm font-semibold">Search models</label>
        <span id="catalogue-search-hint" className="hidden text-xs text-zinc-600 md:inline dark:text-zinc-400">
          Press <kbd className="rounded border border-zinc-400 px-1 font-mono dark:border-zinc-600">/</kbd> to jump here
        </span>
      </div>
      <input
        ref={input}
        id="catalogue-search"
        type="search"
        value={draft}
        maxLength={200}
        aria-keyshortcuts="/"
        aria-describedby="catalogue-search-hint"
        onChange={(e) => setDraft(e.currentTarget.value)}
        placeholder="Name, organisation or licence"
        className="min-h-11 w-full rounded border border-zinc-400 bg-white px-3 py-2 dark:border-zinc-600 dark:bg-zinc-900"
      />
    </div>
  );
}
