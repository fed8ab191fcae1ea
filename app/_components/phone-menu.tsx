"use client";
// Phones: the main links behind one 44 px button, so the header stays one
// line. A followed link closes it (client-side navigation keeps the header).
import type { ReactNode } from "react";

export function PhoneMenu({ children }: { children: ReactNode }) {
  return (
    <details className="group relative md:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded border border-zinc-300 px-4 text-sm font-medium dark:border-zinc-700 [&::-webkit-details-marker]:hidden">
        Menu <span aria-hidden="true" className="group-open:rotate-180">▾</span>
      </summary>
      <ul
        onClick={(e) => {
          if (e.target instanceof Element && e.target.closest("a")) e.currentTarget.parentElement?.removeAttribute("open");
        }}
        className="absolute right-0 z-40 mt-1 w-56 rounded border border-zinc-300 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {children}
      </ul>
    </details>
  );
}
