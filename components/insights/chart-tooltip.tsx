// The box a chart tooltip shows: a title and a few lines of text.
import type { ReactNode } from "react";

export function TooltipBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="max-w-xs rounded border border-zinc-300 bg-white px-2 py-1.5 text-xs text-zinc-900 shadow dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
      <p className="font-semibold">{title}</p>
      <div className="mt-0.5 space-y-0.5">{children}</div>
    </div>
  );
}
