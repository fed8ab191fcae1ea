// A value's provenance as one small mark beside it. Hover or keyboard focus
// shows a card with the source's title, its kind and the day it was read; a
// click or tap opens the same card as a native popover with the link to the
// source (Escape or a tap elsewhere closes it). No JavaScript: the card is
// HTML's popover, placed by CSS anchor positioning (app/globals.css), and
// it is fixed to the mark, so it never widens the page.
import { useId } from "react";
import { provenanceKind, provenanceTitle, type Provenance } from "@/lib/domain/provenance";
import { safeHref } from "@/lib/domain/safe-url";

// Colour and shape both say the kind: a page for a document, a cylinder for an imported dataset.
const TONE = {
  primary: "text-zinc-600 dark:text-zinc-400",
  secondary: "text-amber-800 dark:text-amber-300",
  dataset: "text-sky-800 dark:text-sky-300",
} as const;
const PAGE = "M4 1.5h5.5L13 5v9.5H4z M9.5 1.5V5H13 M6 8h5 M6 10.5h5";
const CYLINDER = "M3 4c0-1.4 2.2-2.5 5-2.5s5 1.1 5 2.5v8c0 1.4-2.2 2.5-5 2.5s-5-1.1-5-2.5z M3 4c0 1.4 2.2 2.5 5 2.5s5-1.1 5-2.5 M3 8c0 1.4 2.2 2.5 5 2.5s5-1.1 5-2.5";

const hostOf = (href: string) => new URL(href).hostname.replace(/^www\./, "");

/** `label` names a source that has no title of its own ("price source"). */
export function SourceMark({ url, label, ...p }: Provenance & { url: string | null | undefined; label?: string }) {
  const id = useId();
  const href = safeHref(url);
  if (!href) return null;
  const kind = p.kind ?? "primary";
  const title = p.title ?? label ?? null;
  const kindWords = provenanceKind(p);
  const described = provenanceTitle({ ...p, title });
  return (
    <span className="source-mark">
      <button
        type="button"
        popoverTarget={id}
        aria-label={described ? `Source: ${described}` : "Source"}
        className={`source-mark-button -my-1 inline-flex size-6 items-center justify-center rounded align-middle hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 dark:hover:bg-zinc-800 ${TONE[kind]}`}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round">
          <path d={kind === "dataset" ? CYLINDER : PAGE} />
        </svg>
      </button>
      <span id={id} popover="auto" className="source-mark-card anchored-card rounded-md border border-zinc-300 bg-white p-3 text-left text-sm font-normal whitespace-normal text-zinc-900 shadow-lg dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
        <span className="block font-medium">{title ?? "Source"}</span>
        {kindWords && <span className={`block ${TONE[kind]}`}>{kindWords}</span>}
        {p.asOf && <span className="block text-zinc-700 dark:text-zinc-300">Read on {p.asOf}</span>}
        <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="source-mark-link mt-1 block underline">
          Open the source on {hostOf(href)} <span aria-hidden="true">↗</span>
        </a>
      </span>
    </span>
  );
}
