"use client";
// What a person is typing into a field that the URL holds: committed after a
// pause, and replaced when the URL changes from elsewhere (back/forward,
// "clear all"). NOTE: a commit's re-render can come after the next keystroke
// (a slow device, a long table): the committed text arriving back must not
// overwrite what was typed since, so the text we sent is recognised as ours.
import { useEffect, useState } from "react";

export function useDraft<T>(value: T, onCommit: (draft: T) => void, { delay, same }: { delay: number; same: (a: T, b: T) => boolean }) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState<T[]>([]);
  if (!same(value, seen)) {
    setSeen(value);
    const ours = sent.findIndex((s) => same(s, value));
    // Ours: the draft already holds it or has moved on from it. Anything else comes from elsewhere.
    if (ours === -1) setDraft(value);
    setSent(ours === -1 ? [] : sent.slice(ours + 1));
  }
  useEffect(() => {
    if (same(draft, value)) return;
    const timer = setTimeout(() => {
      setSent((s) => [...s, draft].slice(-8));
      onCommit(draft);
    }, delay);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit, delay, same]);
  return [draft, setDraft] as const;
}
