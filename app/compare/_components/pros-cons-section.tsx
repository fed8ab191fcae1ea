// Pros and cons of each compared model: the radar, the same scores as a table (with the facts
// each came from), the models with no data per dimension, and how every dimension is scored.
import { ChartFrame } from "@/components/charts/chart-frame";
import { LazyProsConsRadar } from "@/components/compare/lazy-charts";
import { UNKNOWN } from "@/lib/domain/format";
import { PROS_CONS_DIMENSIONS, type ProsConsDimension } from "@/lib/schemas/vocabulary";
import { type DimensionScore, PROS_CONS_EXPLANATIONS } from "@/lib/domain/pros-cons";
import { prosConsRadar } from "@/lib/domain/pros-cons-chart";

export interface ScoredModel {
  slug: string;
  name: string;
  scores: Record<ProsConsDimension, DimensionScore>;
}

function ScoresTable({ models }: { models: ScoredModel[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Pros-and-cons scores, 0–100, higher is better for you</caption>
      <thead>
        <tr className="text-left">
          <th scope="col" className="pr-3">Dimension</th>
          {models.map((m) => (
            <th key={m.slug} scope="col" className="pr-3">{m.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PROS_CONS_DIMENSIONS.map((d) => (
          <tr key={d} className="border-t border-zinc-200 align-top dark:border-zinc-800">
            <th scope="row" className="pr-3 text-left font-normal">
              {PROS_CONS_EXPLANATIONS[d].label} <span className="text-sm text-zinc-600 dark:text-zinc-400">({PROS_CONS_EXPLANATIONS[d].side})</span>
            </th>
            {models.map((m) => {
              const s = m.scores[d];
              return (
                <td key={m.slug} className="pr-3 pb-1">
                  <span className="font-semibold tabular-nums">{s.score === null ? `${UNKNOWN} no data` : s.score}</span>
                  <span className="block text-sm text-zinc-600 dark:text-zinc-400">{s.basis}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProsConsSection({ models }: { models: ScoredModel[] }) {
  const { rows, noData } = prosConsRadar(models);
  return (
    <div className="space-y-4">
      <ChartFrame
        id="pros-cons-radar"
        title="Pros and cons, scored from catalogue facts"
        height={420}
        caption={
          <>
            0–100 on each axis, higher is better for you. The usual case for open models is cost, control, data security, transparency, latency and access for
            everyone; the usual case against (marked “con”) is turned round so that higher still means better: little expertise needed, performance, low misuse
            risk. Cost is the price per 1M tokens at your volume, as in the summary above.
          </>
        }
        table={<ScoresTable models={models} />}
      >
        <LazyProsConsRadar rows={rows} names={models.map((m) => m.name)} />
      </ChartFrame>
      {noData.length > 0 && (
        <div className="text-sm">
          <h3 className="font-semibold">No data (drawn as a gap, not as zero)</h3>
          <ul className="list-disc pl-5">
            {noData.map((n) => (
              <li key={n.dimension}>
                {n.label}: {n.modelNames.join(", ")}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details id="how-scored" className="scroll-mt-20 rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800">
        <summary className="cursor-pointer py-3 font-semibold">How is this scored?</summary>
        <p className="mt-2">
          Every score is computed from catalogue facts by the rules below; none is entered by hand. A fact we do not have gives “no data”, never a low score.
        </p>
        <dl className="mt-2 space-y-2">
          {PROS_CONS_DIMENSIONS.map((d) => (
            <div key={d}>
              <dt className="font-medium">
                {PROS_CONS_EXPLANATIONS[d].label} ({PROS_CONS_EXPLANATIONS[d].side})
              </dt>
              <dd className="text-zinc-700 dark:text-zinc-300">{PROS_CONS_EXPLANATIONS[d].howScored}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
