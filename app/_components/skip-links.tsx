"use client";
// The first tab stops of every page: past the navigation to the content, and
// on pages with a list of results, straight to it. Hidden until focused.
import { usePathname } from "next/navigation";

/** Pages whose results have an id to jump to (the section is focusable with tabIndex -1). */
const RESULTS: Readonly<Record<string, string>> = { "/models": "results" };

const linkClass =
  "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:inline-flex focus:min-h-11 focus:items-center focus:rounded focus:bg-white focus:px-4 focus:font-medium focus:text-zinc-900 focus:shadow-lg";

export function SkipLinks() {
  const results = RESULTS[usePathname()];
  return (
    <>
      <a href="#main" className={linkClass}>Skip to content</a>
      {results && <a href={`#${results}`} className={linkClass}>Skip to results</a>}
    </>
  );
}
