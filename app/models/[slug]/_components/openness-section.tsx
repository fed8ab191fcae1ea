// Openness: the derived score and every component's grade with its evidence.
import type { ModelDetail } from "@/lib/schemas/model-response";
import { GRADE_LABELS, OPENNESS_COMPONENT_LABELS, type Grade } from "@/lib/domain/openness-labels";
import { formatScore } from "@/lib/domain/format";
import { safeHref } from "@/lib/domain/safe-url";

const GRADE: Record<Grade, { icon: string; className: string }> = {
  open: { icon: "●", className: "text-emerald-800 dark:text-emerald-300" },
  partial: { icon: "◐", className: "text-amber-800 dark:text-amber-300" },
  closed: { icon: "○", className: "text-rose-800 dark:text-rose-300" },
  na: { icon: "–", className: "text-zinc-600 dark:text-zinc-400" },
};

export function OpennessSection({ model }: { model: ModelDetail }) {
  if (model.openness.components.length === 0)
    return (
      <p className="text-sm">
        Not graded yet: neither we nor the <a href="https://osai-index.eu/" className="underline" rel="noopener noreferrer" target="_blank">European Open Source AI Index</a> have
        graded this model’s openness component by component.
      </p>
    );
  return (
    <div className="space-y-2">
      <GradedBy gradedBy={model.openness.gradedBy} />
      <p>
        Openness score: <strong>{formatScore(model.openness.score, 0)}</strong> / 100 — open counts 1, partial ½, closed 0,
        averaged over the components that apply (the European Open Source AI Index’s parameters).
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Openness by component</caption>
          <thead className="text-left"><tr><th scope="col" className="py-1 pr-3">Component</th><th scope="col" className="py-1 pr-3">Grade</th><th scope="col" className="py-1">Evidence</th></tr></thead>
          <tbody>
            {model.openness.components.map((c) => {
              const g = GRADE[c.grade];
              const href = safeHref(c.evidenceUrl);
              return (
                <tr key={c.component} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{OPENNESS_COMPONENT_LABELS[c.component]}</th>
                  <td className={`whitespace-nowrap py-1 pr-3 font-medium ${g.className}`}><span aria-hidden="true">{g.icon} </span>{GRADE_LABELS[c.grade]}</td>
                  <td className="py-1">
                    {href && <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="underline">evidence</a>}
                    {c.note && <span className="text-zinc-700 dark:text-zinc-300"> — {c.note}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Who graded the components; the index's grades carry the attribution its CC BY 4.0 licence asks for. */
function GradedBy({ gradedBy }: { gradedBy: ModelDetail["openness"]["gradedBy"] }) {
  if (gradedBy !== "eosai") return <p className="text-sm text-zinc-700 dark:text-zinc-300">Graded by us, with the evidence linked for each component.</p>;
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300">
      Graded by the <a href="https://osai-index.eu/" className="underline" rel="noopener noreferrer" target="_blank">European Open Source AI Index</a> (CC BY 4.0):
      Liesenfeld &amp; Dingemanse (2024), <cite>Rethinking open source generative AI: open-washing and the EU AI Act</cite>, FAccT ’24, pp. 1774–1787.
      Where we had graded the model too, the index’s grades are shown and the differences are listed for review.
    </p>
  );
}
