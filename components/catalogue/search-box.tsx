"use client";
// Text search: updates the URL after a short pause in typing.
import { useCallback } from "react";
import { useDraft } from "./use-draft";

const sameSearch = (a: string, b: string) => a.trim() === b.trim();

export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const commit = useCallback((draft: string) => onSearch(draft.trim()), [onSearch]);
  const [draft, setDraft] = useDraft(value, commit, { delay: 300, same: sameSearch });
  return (
    <label className="block">
      <span className="mb-1 block text-sm font-semibold">Search models</span>
      <input
        type="search"
        value={draft}
        maxLength={200}
        onChange={(e) => setDraft(e.currentTarget.value)}
        placeholder="Name, organisation or licence"
        className="w-full rounded border border-zinc-400 bg-white px-3 py-2 dark:border-zinc-600 dark:bg-zinc-900"
      />
    </label>
  );
}
