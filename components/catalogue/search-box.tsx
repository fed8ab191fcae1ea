"use client";
// Text search: updates the URL after a short pause in typing.
import { useEffect, useState } from "react";

export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [draft, setDraft] = useState(value);
  // Follow the URL when it changes from outside (back/forward, "clear all").
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(() => onSearch(draft.trim()), 300);
    return () => clearTimeout(timer);
  }, [draft, value, onSearch]);
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
