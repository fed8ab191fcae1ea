// The licence in plain words, its history, and its source.
import { licenceAnswers, type Answer } from "@/lib/domain/licence-answers";
import { LICENCE_CATEGORY_LABELS } from "@/lib/schemas/labels";
import { safeHref } from "@/lib/domain/safe-url";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { SourceLink } from "./source-link";

const BADGE: Record<Answer, { text: string; className: string }> = {
  yes: { text: "Yes", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200" },
  conditional: { text: "With conditions", className: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200" },
  no: { text: "No", className: "bg-rose-100 text-rose-900 dark:bg-rose-900/40 dark:text-rose-200" },
  unknown: { text: "Unknown", className: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200" },
};

export function LicenceSection({ model }: { model: ModelDetail }) {
  const l = model.licence;
  const href = safeHref(l.url);
  return (
    <div className="space-y-3">
      <p>
        {href ? <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="font-medium underline">{l.name}</a> : <span className="font-medium">{l.name}</span>}
        {" — "}
        {LICENCE_CATEGORY_LABELS[l.category] ?? l.category}
        {l.osiApproved ? ", OSI-approved" : ""}
        {l.spdxId ? ` (SPDX: ${l.spdxId})` : ""}. <SourceLink url={l.sourceUrl} title="licence terms as recorded" asOf={l.asOf} />
      </p>
      <ul className="space-y-2">
        {licenceAnswers(l).map((a) => (
          <li key={a.question} className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-3">
            <span className="min-w-64 font-medium">{a.question}</span>
            <span className={`w-fit rounded px-2 py-0.5 text-xs font-semibold ${BADGE[a.answer].className}`}>{BADGE[a.answer].text}</span>
            <span className="text-sm text-zinc-700 dark:text-zinc-300">{a.detail}</span>
          </li>
        ))}
      </ul>
      {l.notes && <p className="text-sm text-zinc-700 dark:text-zinc-300">{l.notes}</p>}
      {model.licenceHistory.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Licence history</h3>
          <ul className="list-disc pl-5 text-sm">
            {model.licenceHistory.map((c) => (
              <li key={`${c.licence.slug}-${c.from}`}>
                {c.licence.name}: {c.from} to {c.to ?? "now"}. {c.note} <SourceLink url={c.sourceUrl} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
