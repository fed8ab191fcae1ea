// Openness: the derived score and every component's grade with its evidence.
import type { ModelDetail } from "@/lib/schemas/model-response";
import { GRADE_LABELS, OPENNESS_COMPONENT_LABELS, type Grade } from "@/lib/domain/openness-labels";
import { formatScore } from "@/lib/domain/format";
import { Disclosure } from "@/components/ui/disclosure";
import { SourceMark } from "@/components/models/source-mark";

const EOSAI = <a href="https://osai-index.eu/" className="underline" rel="noopener noreferrer" target="_blank">European Open Source AI Index</a>;

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
        Not graded yet: neither we nor the {EOSAI} have graded this model’s openness component by component.
      </p>
    );
  return (
    <div className="space-y-3">
      <p>
        Openness score: <strong>{formatScore(model.openness.score, 0)}</strong> / 100,{" "}
        {model.openness.gradedBy === "eosai" ? <>graded by the {EOSAI} (CC BY 4.0)</> : "graded by us"} component by component.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Openness by component</caption>
          <thead className="text-left"><tr><th scope="col" className="py-1 pr-3">Component</th><th scope="col" className="py-1 pr-3">Grade</th><th scope="col" className="py-1">Evidence</th></tr></thead>
          <tbody>
            {model.openness.components.map((c) => {
              const g = GRADE[c.grade];
              return (
                <tr key={c.component} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{OPENNESS_COMPONENT_LABELS[c.component]}</th>
                  <td className={`whitespace-nowrap py-1 pr-3 font-medium ${g.className}`}><span aria-hidden="true">{g.icon} </span>{GRADE_LABELS[c.grade]}</td>
                  <td className="py-1 text-zinc-700 dark:text-zinc-300">
                    {c.note ?? ""} <SourceMark url={c.evidenceUrl} title={`Evidence for the ${OPENNESS_COMPONENT_LABELS[c.component].toLowerCase()} grade`} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <HowScored gradedBy={model.openness.gradedBy} />
    </div>
  );
}

/** How the score is made and who graded; the index's grades carry the attribution its CC BY 4.0 licence asks for. */
function HowScored({ gradedBy }: { gradedBy: ModelDetail["openness"]["gradedBy"] }) {
  return (
    <Disclosure>
      <p>Open counts 1, partial ½ and closed 0; the score is their average over the components that apply, times 100. The twelve components are the {EOSAI}’s.</p>
      {gradedBy === "eosai" ? (
        <p>
          Grades from the index: Liesenfeld &amp; Dingemanse (2024), <cite>Rethinking open source generative AI: open-washing and the EU AI Act</cite>, FAccT ’24,
          pp. 1774–1787. Where we had graded the model too, the index’s grades are shown and the differences are listed for review.
        </p>
      ) : (
        <p>We graded each component from the evidence linked beside it.</p>
      )}
    </Disclosure>
  );
}
