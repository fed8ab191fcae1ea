import type { AccessClass } from "@/lib/schemas/vocabulary";
import { ACCESS_LABELS } from "@/lib/schemas/labels";

export const ACCESS_EXPLANATION: Record<AccessClass, string> = {
  "open-source": "Weights downloadable under an OSI-approved or open-content licence with no use restrictions.",
  "open-weights": "Weights downloadable, but the licence restricts use, commerce or scale.",
  closed: "Weights not released: available only through the provider's API or product.",
};
// The badge's colours and symbols: the one source for every access mark (AccessMark below included).
const STYLE: Record<AccessClass, string> = {
  "open-source": "border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300",
  "open-weights": "border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300",
  closed: "border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-300",
};
const ICON: Record<AccessClass, string> = { "open-source": "●", "open-weights": "◐", closed: "○" };

/**
 * The access class, distinct by colour and by shape (its shape and card: `.access-badge` in app/globals.css,
 * short because a catalogue page carries one per model). Not a tab stop (it does nothing):
 * its meaning is in the accessible name, and shows on hover, or on focus of a link around it.
 */
export function AccessBadge({ access }: { access: AccessClass }) {
  return (
    <span className={`access-badge ${STYLE[access]}`}>
      <span aria-hidden="true">{ICON[access]}</span>
      {ACCESS_LABELS[access]}
      <span className="sr-only">: {ACCESS_EXPLANATION[access]}</span>
      <span aria-hidden="true" className="anchored-card">
        {ACCESS_EXPLANATION[access]}
      </span>
    </span>
  );
}

/** A compact access badge for dense tables (the openness heatmap): the symbol always, the words from the small breakpoint up. */
export function AccessMark({ access }: { access: AccessClass }) {
  return (
    <span title={ACCESS_EXPLANATION[access]} className={`rounded-full text-xs sm:border sm:px-1.5 ${STYLE[access]}`}>
      {ICON[access]}
      <span className="sr-only sm:not-sr-only sm:ml-1">{ACCESS_LABELS[access]}</span>
    </span>
  );
}
