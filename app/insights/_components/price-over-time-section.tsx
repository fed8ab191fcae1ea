// Chart: how fast "open" gets cheap — the cheapest open and closed model at
// a quality level over time, from the price history.
import { ChartFrame } from "@/components/charts/chart-frame";
import { PriceOverTimeChart } from "@/components/insights/lazy-charts";
import type { PriceOverTimeView } from "@/components/insights/price-over-time-chart";
import { StatsView } from "@/components/insights/stats-view";
import { logTicks, yearTicks } from "@/lib/domain/insights/axis-ticks";
import type { CheapestAtLevel, CheapestStep, PriceOverTime } from "@/lib/domain/insights/price-over-time";
import { formatScore, formatUsd } from "@/lib/domain/format";

/** "from $a (date) to $b (date)", or a note that the side has no price at this level. */
function course(steps: readonly CheapestStep[], side: "open" | "closed"): string {
  const priced = steps.filter((s) => s[side] !== null);
  const first = priced[0];
  const last = steps.at(-1);
  if (!first) return "no priced model";
  if (!last || last[side] === null) return `${formatUsd(first[side])} from ${first.date}, no current price now`;
  if (first[side] === last[side]) return `${formatUsd(last[side])} (${last[`${side}Model`]}) since ${first.date}`;
  return `${formatUsd(first[side])} on ${first.date} to ${formatUsd(last[side])} (${last[`${side}Model`]}) now`;
}

function summary(l: CheapestAtLevel, label: string): string {
  const only = l.steps[0];
  if (l.steps.length === 1 && only)
    return `Scoring ${formatScore(l.level)} or more on ${label}: prices are on record for one day only (${only.date}), so there is no trend to draw yet — cheapest open ${only.openModel ? `${only.openModel} at ${formatUsd(only.open)}` : "none priced"}, cheapest closed ${only.closedModel ? `${only.closedModel} at ${formatUsd(only.closed)}` : "none priced"}.`;
  const since = l.firstPriced.open && l.firstPriced.closed && l.firstPriced.open > l.firstPriced.closed ? ` Open prices are on record only from ${l.firstPriced.open}: the line starts there, it does not mean none existed.` : "";
  return `Scoring ${formatScore(l.level)} or more on ${label} (${l.models.open} open, ${l.models.closed} closed models): the cheapest open went ${course(l.steps, "open")}; the cheapest closed ${course(l.steps, "closed")}.${since}`;
}

export function PriceOverTimeSection({ series, filters }: { series: readonly PriceOverTime[]; filters: string }) {
  const views: PriceOverTimeView[] = series.map((s) => ({
    measure: s.measure,
    levels: s.levels.map((l) => ({
      level: l.level,
      steps: l.steps,
      xScale: yearTicks(l.steps.map((st) => st.t)),
      yScale: logTicks(l.steps.flatMap((st) => [st.open, st.closed]).filter((v): v is number => v !== null)),
      summary: summary(l, s.measure.label),
    })),
  }));
  return (
    <ChartFrame
      id="price-over-time"
      title="How fast open gets cheap"
      height={470}
      caption={
        <>
          The cheapest model scoring at least a given level, open against closed, from each provider&apos;s dated price changes (blended 3 input : 1 output; a price holds
          until the provider&apos;s next change; retired listings and free tiers do not count). The first level is the highest score both sides reach.
          {series.length === 0 && " No quality measure has priced models on both sides among the filtered models."}
        </>
      }
      table={<StatsView view="priceOverTime" filters={filters} />}
      tableOnOpen
    >
      <PriceOverTimeChart views={views} />
    </ChartFrame>
  );
}
