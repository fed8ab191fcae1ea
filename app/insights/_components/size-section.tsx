// Chart 4: parameter counts over time; undisclosed sizes listed, not plotted.
import { ChartFrame } from "@/components/charts/chart-frame";
import { SizeChart } from "@/components/insights/lazy-charts";
import { StatsView } from "@/components/insights/stats-view";
import { UnplottedList } from "@/components/insights/unplotted-list";
import { logTicks, yearTicks } from "@/lib/domain/insights/axis-ticks";
import { sizeDisclosure } from "@/lib/domain/insights/headlines";
import { splitByAccess } from "@/lib/domain/insights/insight-model";
import type { SizeOverTime } from "@/lib/domain/insights/size-over-time";

export function SizeSection({ data, filters }: { data: SizeOverTime; filters: string }) {
  const disclosure = sizeDisclosure(data);
  const closedTotal = disclosure.closed.plotted + disclosure.closed.undisclosed;
  return (
    <div className="space-y-2">
      <ChartFrame
        id="size-over-time"
        title="Model size over time"
        height={440}
        caption={
          <>
            Total parameters by release date (log scale; mixture-of-experts models show their total, with the active count in the tooltip). Names mark each side&apos;s
            largest model so far.{" "}
            {closedTotal > 0
              ? `${disclosure.closed.undisclosed} of ${closedTotal} closed models do not disclose their size, so this chart says little about closed models — they are listed below, not plotted as zero.`
              : "No closed models among the filtered models."}
          </>
        }
        table={<StatsView view="sizeOverTime" filters={filters} />}
        tableOnOpen
      >
        <SizeChart series={splitByAccess(data.points)} xScale={yearTicks(data.points.map((p) => p.t))} yScale={logTicks(data.points.map((p) => p.parameters))} />
      </ChartFrame>
      <UnplottedList count={data.unplotted.length} view="sizeUnplotted" filters={filters} what="(size undisclosed or release date unknown)" />
    </div>
  );
}
