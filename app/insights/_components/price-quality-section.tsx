// Chart 2: blended price against MMLU; self-hosted open models at an estimate.
import { ChartFrame } from "@/components/charts/chart-frame";
import { PriceQualityTable } from "@/components/insights/chart-tables";
import { PriceQualityChart } from "@/components/insights/price-quality-chart";
import { UnplottedList } from "@/components/insights/unplotted-list";
import { logTicks } from "@/lib/domain/insights/axis-ticks";
import { cheapestAtQuality } from "@/lib/domain/insights/headlines";
import { splitByAccess } from "@/lib/domain/insights/insight-model";
import type { PriceQuality, PriceQualityPoint } from "@/lib/domain/insights/price-quality";
import { formatUsd } from "@/lib/domain/format";

const QUALITY_BAR = 80;

const named = (p: PriceQualityPoint | null) => (p ? `${p.name} at ${formatUsd(p.usdPerMTok)}${p.estimated ? " (estimated, self-hosted)" : ""}` : "none");

export function PriceQualitySection({ data }: { data: PriceQuality }) {
  const best = cheapestAtQuality(data.points, QUALITY_BAR);
  return (
    <div className="space-y-2">
      <ChartFrame
        id="price-quality"
        title="Price against quality"
        height={440}
        caption={
          <>
            Filled markers are the cheapest current API listing per 1M tokens (3 input : 1 output); hollow markers are open models with no listing, placed at the cheapest
            default self-hosting cost — an estimate that assumes the GPUs are kept 50% busy; at low volume self-hosting costs far more per token. Cheapest model scoring at
            least {QUALITY_BAR} on MMLU: open — {named(best.open)}; closed — {named(best.closed)}.
          </>
        }
        table={<PriceQualityTable points={data.points} />}
      >
        <PriceQualityChart series={splitByAccess(data.points)} xScale={logTicks(data.points.map((p) => p.usdPerMTok))} />
      </ChartFrame>
      <UnplottedList items={data.unplotted} what="(no MMLU score, or no price and no estimate)" />
    </div>
  );
}
