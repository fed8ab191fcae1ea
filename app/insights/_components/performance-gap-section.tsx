// Chart 3: does the gap between the best open and best closed model close?
import { ChartFrame } from "@/components/charts/chart-frame";
import { PerformanceGapTables } from "@/components/insights/chart-tables";
import { PerformanceGapChart } from "@/components/insights/performance-gap-chart";
import { linearTicks, yearTicks } from "@/lib/domain/insights/axis-ticks";
import { stepValues, type GapSeries } from "@/lib/domain/insights/performance-gap";
import { formatScore } from "@/lib/domain/format";

function gapWords(gapPoints: number): string {
  if (gapPoints === 0) return "level";
  return gapPoints > 0 ? `closed ahead by ${formatScore(gapPoints)} points` : `open ahead by ${formatScore(-gapPoints)} points`;
}

export function PerformanceGapSection({ series }: { series: readonly GapSeries[] }) {
  const xScales = Object.fromEntries(series.map((s) => [s.benchmark, yearTicks(s.steps.map((st) => st.t))]));
  const yScales = Object.fromEntries(series.map((s) => [s.benchmark, linearTicks(stepValues(s), 10, 0, 100)]));
  const scoreCount = series.flatMap((s) => s.sources).length;
  return (
    <div className="space-y-2">
      <ChartFrame
        id="performance-gap"
        title="The performance gap over time"
        height={420}
        caption={
          series.length === 0 ? (
            "No benchmark has scores for both open and closed models among the filtered models."
          ) : (
            <>
              The best score released so far by open and by closed models, on the same benchmark.{" "}
              {series.map((s) => (
                <span key={s.benchmark}>
                  {s.benchmark} ({s.counts.open} open, {s.counts.closed} closed scores): {s.first ? `${gapWords(s.first.gapPoints)} in ${s.first.date.slice(0, 7)}` : "—"}
                  {s.latest && `, ${gapWords(s.latest.gapPoints)} by ${s.latest.date.slice(0, 7)}`}
                  {s.openCaughtUp ? ` (open caught up in ${s.openCaughtUp.slice(0, 7)})` : ""}.{" "}
                </span>
              ))}
              Evaluation settings differ between sources (shots, chain of thought), so small gaps are within the noise, and a side with few scores may simply be missing its best model.
            </>
          )
        }
        table={<PerformanceGapTables series={series} />}
      >
        <PerformanceGapChart series={series} xScales={xScales} yScales={yScales} />
      </ChartFrame>
      {series.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-zinc-700 underline dark:text-zinc-300">Sources of the {scoreCount} scores</summary>
          {series.map((s) => (
            <div key={s.benchmark} className="mt-2">
              <p className="font-medium">{s.benchmark}</p>
              <ul className="list-disc pl-5">
                {s.sources.map((src) => (
                  <li key={src.slug}>
                    {src.name} ({src.open ? "open" : "closed"}, released {src.released}): {formatScore(src.score)}
                    {src.setting && `, ${src.setting}`} — <a href={src.sourceUrl} className="underline">source</a> (published {src.asOf})
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </div>
  );
}
