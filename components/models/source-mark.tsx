// A value's provenance as one small, consistent mark: the kind of source
// (maker's document, secondary, or the dataset it was imported from) and the
// day it was read; the source's title is in the link's title and accessible name.
import { provenanceLabel, provenanceTitle, type Provenance } from "@/lib/domain/provenance";
import { safeHref } from "@/lib/domain/safe-url";

const TONE = {
  primary: "text-zinc-600 dark:text-zinc-400",
  secondary: "text-amber-800 dark:text-amber-300",
  dataset: "text-sky-800 dark:text-sky-300",
} as const;

export function SourceMark({ url, label, ...p }: Provenance & { url: string | null | undefined; label?: string }) {
  const href = safeHref(url);
  if (!href) return null;
  const title = provenanceTitle(p);
  return (
    <span className={`whitespace-nowrap text-xs ${TONE[p.kind ?? "primary"]}`}>
      <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="underline decoration-dotted underline-offset-2" title={title} aria-label={`${label ?? provenanceLabel(p)}: ${title}`}>
        {label ?? provenanceLabel(p)}
      </a>
      {p.asOf ? `, ${p.asOf}` : ""}
    </span>
  );
}
