// The one "how is this decided?" pattern: a page or section leads with its
// answer and keeps the method, caveats and sources one click away.
import type { ReactNode } from "react";

export function Disclosure({ summary = "How is this decided?", children, className = "" }: { summary?: string; children: ReactNode; className?: string }) {
  return (
    <details className={`group max-w-3xl text-sm text-zinc-700 dark:text-zinc-300 ${className}`}>
      <summary className="inline-flex min-h-6 cursor-pointer items-center gap-1 font-medium text-zinc-900 hover:underline dark:text-zinc-100">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">›</span>
        {summary}
      </summary>
      <div className="mt-2 space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">{children}</div>
    </details>
  );
}
