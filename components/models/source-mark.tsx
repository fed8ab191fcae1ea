// A value's provenance as one small mark beside it. Hover or keyboard focus
// shows a card with the source's title, its kind and the day it was read; a
// click or tap opens the same card as a native popover with the link to the
// source (Escape or a tap elsewhere closes it). No JavaScript: the card is
// HTML's popover, placed by CSS anchor positioning, and it is fixed to the
// mark, so it never widens the page. A page may carry a hundred of these (a
// comparison), so the mark is few elements with short class names: its
// look, icon included, lives in app/globals.css (`.source-mark…`).
import { useId } from "react";
import { provenanceKind, provenanceTitle, type Provenance } from "@/lib/domain/provenance";
import { safeHref } from "@/lib/domain/safe-url";

const hostOf = (href: string) => new URL(href).hostname.replace(/^www\./, "");

/** `label` names a source that has no title of its own ("price source"). */
export function SourceMark({ url, label, ...p }: Provenance & { url: string | null | undefined; label?: string }) {
  const id = useId();
  const href = safeHref(url);
  if (!href) return null;
  // Colour and icon both say the kind: a page for a document, a cylinder for an imported dataset.
  const kind = p.kind ?? "primary";
  const title = p.title ?? label ?? null;
  const kindWords = provenanceKind(p);
  const described = provenanceTitle({ ...p, title });
  return (
    <span className="source-mark" data-kind={kind}>
      <button type="button" popoverTarget={id} aria-label={described ? `Source: ${described}` : "Source"} className="source-mark-button" />
      <span id={id} popover="auto" className="source-mark-card anchored-card">
        <span className="font-medium">{title ?? "Source"}</span>
        {kindWords && <span className="source-kind">{kindWords}</span>}
        {p.asOf && <span>{`Read on ${p.asOf}`}</span>}
        <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="source-mark-link">{`Open the source on ${hostOf(href)}`}</a>
      </span>
    </span>
  );
}
