import type { AccessClass } from "@/lib/domain/access-class";

const LABEL: Record<AccessClass, string> = { "open-source": "Open source", "open-weights": "Open weights", closed: "Closed" };
export const ACCESS_EXPLANATION: Record<AccessClass, string> = {
  "open-source": "Weights downloadable under an OSI-approved or open-content licence with no use restrictions.",
  "open-weights": "Weights downloadable, but the licence restricts use, commerce or scale.",
  closed: "Weights not released: available only through the provider's API or product.",
};
const STYLE: Record<AccessClass, string> = {
  "open-source": "border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300",
  "open-weights": "border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300",
  closed: "border-violet-700 text-violet-800 dark:border-violet-400 dark:text-violet-300",
};
const ICON: Record<AccessClass, string> = { "open-source": "●", "open-weights": "◐", closed: "○" };

/** The access class, distinct by colour and by shape, explained on hover. */
export function AccessBadge({ access }: { access: AccessClass }) {
  return (
    <span title={ACCESS_EXPLANATION[access]} className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${STYLE[access]}`}>
      <span aria-hidden="true">{ICON[access]}</span>
      {LABEL[access]}
    </span>
  );
}
