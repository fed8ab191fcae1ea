// The answers first: what it costs at the reader's volume, whose licence restricts less, who
// scores higher where scores are comparable — each a sentence built from the same numbers as
// the table, the radar and the calculator below, with a one-click way to the detail.
import type { CostAnswer } from "@/lib/domain/compare-summary-cost";
import type { LicenceAnswer, QualityAnswer } from "@/lib/domain/compare-summary";
import { formatMonthlyUsd, formatUsd } from "@/lib/domain/format";
import { VolumeForm } from "@/components/compare/volume-form";
import type { FieldErrors } from "@/components/compare/use-url-fields";

const CARD = "space-y-2 rounded border border-zinc-300 p-4 dark:border-zinc-700";
const JUMP = "inline-flex min-h-11 items-center font-medium underline underline-offset-2";

export function CompareSummary({
  cost,
  licence,
  quality,
  volume,
}: {
  cost: CostAnswer;
  licence: LicenceAnswer;
  quality: QualityAnswer;
  volume: { texts: Record<"inM" | "outM" | "cachedShare", string>; errors: FieldErrors; hidden: Array<[string, string]> };
}) {
  return (
    <section aria-labelledby="answer" className="space-y-4">
      <h2 id="answer" className="text-xl font-semibold">The short answer</h2>
      <VolumeForm {...volume} />
      <div className="grid gap-4 lg:grid-cols-3">
        <section aria-labelledby="answer-cost" className={CARD} data-testid="summary-cost">
          <h3 id="answer-cost" className="font-semibold">Cost at {cost.volumeWords}</h3>
          <p>{cost.verdict}</p>
          {cost.crossover && <p>{cost.crossover}</p>}
          {cost.ranked.length > 1 && (
            <ol className="space-y-1 text-sm">
              {cost.ranked.map((m) => (
                <li key={m.slug} className="tabular-nums">
                  <strong>{m.name}</strong> {formatMonthlyUsd(m.monthlyUsd)} a month{m.usdPerMTok === null ? "" : ` (${formatUsd(m.usdPerMTok)} per 1M tokens)`}, {m.how}
                  {m.quantised && <span className="block text-zinc-700 dark:text-zinc-300">Quantised: cheaper to serve, usually somewhat lower quality.</span>}
                </li>
              ))}
            </ol>
          )}
          {cost.unpriced.map((u) => (
            <p key={u.name} className="text-sm text-zinc-700 dark:text-zinc-300">{u.name}: not costed ({u.reason}).</p>
          ))}
          <a href="#break-even" className={JUMP}>See the calculation and change the assumptions</a>
        </section>
        <section aria-labelledby="answer-licence" className={CARD}>
          <h3 id="answer-licence" className="font-semibold">Licence</h3>
          <p>{licence.verdict}</p>
          {licence.points.length > 0 && (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {licence.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <a href="#group-licence" className={JUMP}>Every licence clause</a>
        </section>
        <section aria-labelledby="answer-quality" className={CARD}>
          <h3 id="answer-quality" className="font-semibold">Quality</h3>
          <p>{quality.verdict}</p>
          {quality.points.length > 0 && (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {quality.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <a href="#group-quality" className={JUMP}>Every benchmark score</a>
        </section>
      </div>
    </section>
  );
}
