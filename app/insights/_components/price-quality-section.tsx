// Chart 2: blended price against one quality measure at a time (a benchmark
// in one setting); self-hosted open models at an estimate.
import { ChartFrame } from "@/components/charts/chart-frame";
import { PriceQualityChart } from "@/components/insights/lazy-charts";
import type { PriceQualityView } from "@/components/insights/price-quality-chart";
import { StatsView } from "@/components/insights/stats-view";
import { UnplottedList } from "@/components/insights/unplotted-list";
import { linearTicks, logTicks } from "@/lib/domain/insights/axis-ticks";
import { cheapestAtQuality, levelBothReach } from "@/lib/domain/insights/headlines";
import { splitByAccess } from "@/lib/domain/insights/insight-model";
import type { PriceQuality, PriceQualityPoint, PriceQualitySeries } from "@/lib/domain/insights/price-quality";
import { formatScore, formatUsd } from "@/lib/domain/format";

const named = (p: PriceQualityPoint | null) => (p ? `${p.name} at ${formatUsd(p.usdPerMTok)}${p.estimated ? " (estimated, self-hosted)" : ""}` : "none");

/** One sentence per measure: the cheapest model of each side at the level both reach. */
function summary(s: PriceQualitySeries): string {
  const level = levelBothReach(s.points);
  const counts = `${s.points.length} models placed`;
  if (level === null) return `${counts}; only ${s.points.some((p) => p.access === "closed") ? "closed" : "open"} models have a priced score on this measure, so it cannot compare the two.`;
  const best = cheapestAtQuality(s.points, level);
  return `${counts}. Cheapest at ${formatScore(level)} or more (the best score both sides reach): open — ${named(best.open)}; closed — ${named(best.closed)}.`;
}

export function PriceQualitySection({ data, filters }: { data: PriceQuality; filters: string }) {
  const views: PriceQualityView[] = data.series.map((s) => ({
    measure: s.measure,
    byAccess: splitByAccess(s.points),
    xScale: logTicks(s.points.map((p) => p.usdPerMTok)),
    yScale: linearTicks(s.points.map((p) => p.score), 10, 0, 100),
    summary: summary(s),
  }));
  return (
    <div className="space-y-2">
      <ChartFrame
        id="price-quality"
        title="Price against quality"
        height={500}
        caption={
          <>
            Filled markers are the cheapest current API listing per 1M tokens (3 input : 1 output); hollow markers are open models with no listing, placed at the cheapest
            default self-hosting cost — an estimate that assumes the GPUs are kept 50% busy; at low volume self-hosting costs far more per token. Scores are compared only
            within one benchmark in one setting (a 5-shot score and a 0-shot one are different numbers): pick the measure above the chart. Names are shown for the best
            model of each side and for the cheapest way to each quality level.
          </>
        }
        table={<StatsView view="priceQuality" filters={filters} />}
        tableOnOpen
      >
        <PriceQualityChart views={views} />
      </ChartFrame>
      <UnplottedList count={data.unplotted.length} view="priceQualityUnplotted" filters={filters} what="(no benchmark score, no price, or scores on a measure too few priced models share)" />
    </div>
  );
}
