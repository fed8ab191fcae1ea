"use client";
// A <details> whose content is mounted only once it is opened: a data table
// that would weigh down every page view is fetched when someone asks for it.
import { useState, type ReactNode } from "react";

export function DetailsOnOpen({ summary, children, className = "text-sm" }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="cursor-pointer py-3 text-zinc-700 underline dark:text-zinc-300">{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
