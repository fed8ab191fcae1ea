// Chart: how many providers serve each open model now.
import { ChartFrame } from "@/components/charts/chart-frame";
import { HostsChart } from "@/components/insights/lazy-charts";
import { StatsView } from "@/components/insights/stats-view";
import type { HostsPerModel } from "@/lib/domain/insights/hosts-per-model";
import { formatScore } from "@/lib/domain/format";

export function HostsSection({ data, filters }: { data: HostsPerModel; filters: string }) {
  const { open, closed } = data.summary;
  return (
    <ChartFrame
      id="hosts-per-model"
      title="Who serves the open models"
      height={Math.max(220, 90 + data.top.length * 26)}
      caption={
        <>
          Providers with a current listing (the maker&apos;s API and hosts) for the {data.top.length} most-served open models. An open model many hosts serve can be bought at
          competing prices and moved between them. Median providers per model: open {formatScore(open.median, 0)} ({open.unserved} of {open.models} served by none — run them
          yourself), closed {formatScore(closed.median, 0)} ({closed.models} models).
        </>
      }
      table={<StatsView view="hostsPerModel" filters={filters} />}
      tableOnOpen
    >
      <HostsChart bars={data.top} />
    </ChartFrame>
  );
}
