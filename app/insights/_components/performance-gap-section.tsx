// Chart 3: does the gap between the best open and best closed model close?
// One quality measure (a benchmark in one setting) at a time.
import { ChartFrame } from "@/components/charts/chart-frame";
import { DetailsOnOpen } from "@/components/charts/details-on-open";
import { PerformanceGapChart } from "@/components/insights/lazy-charts";
import { StatsView } from "@/components/insights/stats-view";
import { linearTicks, yearTicks } from "@/lib/domain/insights/axis-ticks";
import { stepValues, type GapSeries } from "@/lib/domain/insights/performance-gap";
import { formatScore } from "@/lib/domain/format";

function gapWords(gapPoints: number): string {
  if (gapPoints === 0) return "level";
  return gapPoints > 0 ? `closed ahead by ${formatScore(gapPoints)} points` : `open ahead by ${formatScore(-gapPoints)} points`;
}

/** Measures named in the caption: the ones with the most scores. */
const CAPTION_MEASURES = 3;

export function PerformanceGapSection({ series, filters }: { series: readonly GapSeries[]; filters: string }) {
  const xScales = Object.fromEntries(series.map((s) => [s.measure.id, yearTicks(s.steps.map((st) => st.t))]));
  const yScales = Object.fromEntries(series.map((s) => [s.measure.id, linearTicks(stepValues(s), 10, 0, 100)]));
  const scoreCount = series.reduce((n, s) => n + s.sources.length, 0);
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
              The best score released so far by open and by closed models, on one benchmark in one setting ({series.length} {series.length === 1 ? "measure has" : "measures have"} scores on both sides).{" "}
              {series.slice(0, CAPTION_MEASURES).map((s) => (
                <span key={s.measure.id}>
                  {s.measure.label} ({s.counts.open} open, {s.counts.closed} closed): {s.first ? `${gapWords(s.first.gapPoints)} in ${s.first.date.slice(0, 7)}` : "—"}
                  {s.latest && `, ${gapWords(s.latest.gapPoints)} by ${s.latest.date.slice(0, 7)}`}
                  {s.openCaughtUp ? ` (open caught up in ${s.openCaughtUp.slice(0, 7)})` : ""}.{" "}
                </span>
              ))}
              A side with few scores may simply be missing its best model: makers publish scores in the settings they choose.
            </>
          )
        }
        table={<StatsView view="performanceGap" filters={filters} />}
        tableOnOpen
      >
        <PerformanceGapChart series={series} xScales={xScales} yScales={yScales} />
      </ChartFrame>
      {series.length > 0 && (
        <DetailsOnOpen summary={`Sources of the ${scoreCount} scores`}>
          <StatsView view="gapSources" filters={filters} />
        </DetailsOnOpen>
      )}
    </div>
  );
}
