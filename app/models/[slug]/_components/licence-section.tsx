// The licence in plain words: each answer marked by what it means for the
// reader (not by the word yes or no), the uses it forbids, and its history.
import { licenceAnswers, type ForYou, type LicenceAnswer } from "@/lib/domain/licence-answers";
import { LICENCE_CATEGORY_LABELS } from "@/lib/schemas/labels";
import { safeHref } from "@/lib/domain/safe-url";
import type { ModelDetail } from "@/lib/schemas/model-response";
import { Disclosure } from "@/components/ui/disclosure";
import { SourceLink } from "./source-link";

const WORD = { yes: "Yes", conditional: "With conditions", no: "No", unknown: "Unknown" } as const;
// Colour and symbol both carry the meaning; the words say it to a screen reader.
const FOR_YOU_STYLE: Record<ForYou, { icon: string; words: string; className: string }> = {
  good: { icon: "✓", words: "good for you", className: "answer-good bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200" },
  caution: { icon: "!", words: "a condition to meet", className: "answer-caution bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200" },
  bad: { icon: "✕", words: "a restriction", className: "answer-bad bg-rose-100 text-rose-900 dark:bg-rose-900/40 dark:text-rose-200" },
  unknown: { icon: "?", words: "not known", className: "answer-unknown bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200" },
};

function AnswerChip({ a }: { a: LicenceAnswer }) {
  const s = FOR_YOU_STYLE[a.forYou];
  return (
    <span data-for-you={a.forYou} className={`inline-flex w-fit items-center gap-1 whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold ${s.className}`}>
      <span aria-hidden="true">{s.icon}</span>
      {WORD[a.answer]}
      <span className="sr-only"> ({s.words})</span>
    </span>
  );
}

function ForbiddenUses({ forbidden }: { forbidden: NonNullable<LicenceAnswer["forbidden"]> }) {
  const policyHref = safeHref(forbidden.policy?.url);
  return (
    <>
      {forbidden.uses.length > 0 && (
        <ul aria-label="Forbidden uses" className="mt-1 list-disc space-y-0.5 pl-5">
          {forbidden.uses.map((u) => <li key={u}>{u}</li>)}
        </ul>
      )}
      {forbidden.policy && (
        <p className="mt-1">
          {policyHref ? <a href={policyHref} rel="noopener noreferrer nofollow" target="_blank" className="underline">Read the {forbidden.policy.name} <span aria-hidden="true">↗</span></a> : <>The {forbidden.policy.name} is not linked: we have no reviewed address for it.</>}
        </p>
      )}
    </>
  );
}

export function LicenceSection({ model }: { model: ModelDetail }) {
  const l = model.licence;
  const href = safeHref(l.url);
  return (
    <div className="space-y-4">
      <p>
        {href ? <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="font-medium underline">{l.name}</a> : <span className="font-medium">{l.name}</span>}
        {" — "}
        {LICENCE_CATEGORY_LABELS[l.category] ?? l.category}
        {l.osiApproved ? ", OSI-approved" : ""}
        {l.spdxId ? ` (SPDX: ${l.spdxId})` : ""}. <SourceLink url={l.sourceUrl} title={`${l.name}: the terms as we recorded them`} asOf={l.asOf} />
      </p>
      <dl className="space-y-3">
        {licenceAnswers(l).map((a) => (
          <div key={a.question} className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 sm:grid-cols-[16rem_9rem_1fr]">
            <dt className="font-medium">{a.question}</dt>
            <dd><AnswerChip a={a} /></dd>
            <dd className="col-span-2 text-zinc-700 sm:col-span-1 dark:text-zinc-300">
              {a.detail}
              {a.forbidden && <ForbiddenUses forbidden={a.forbidden} />}
            </dd>
          </div>
        ))}
      </dl>
      {l.notes && (
        <Disclosure summary="More about this licence">
          <p>{l.notes}</p>
        </Disclosure>
      )}
      {model.licenceHistory.length > 0 && (
        <div>
          <h3 className="font-semibold">Licence history</h3>
          <ul className="list-disc pl-5">
            {model.licenceHistory.map((c) => (
              <li key={`${c.licence.slug}-${c.from}`}>
                {c.licence.name}: {c.from} to {c.to ?? "now"}. {c.note} <SourceLink url={c.sourceUrl} title={`${c.licence.name}: when it applied`} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <Disclosure>
        <p>Each answer comes from the licence text as we read it on {l.asOf}. The colour says what the answer means for you, not the word: a “No” to “Are some uses forbidden?” is good news.</p>
        <p>
          <strong>Unknown</strong> means the text we read does not settle the question; it is never counted as yes or no. Conditions, credit duties and
          use policies are marked as something to meet; a ban on commercial use, on sharing changes or on training with outputs as a restriction.
        </p>
      </Disclosure>
    </div>
  );
}
