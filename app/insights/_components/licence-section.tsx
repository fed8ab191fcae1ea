// Chart 6: the licence landscape, open vs closed.
import { ChartFrame } from "@/components/charts/chart-frame";
import { LicenceLandscapeChart } from "@/components/insights/lazy-charts";
import { StatsView } from "@/components/insights/stats-view";
import { commercialUseRestricted } from "@/lib/domain/insights/headlines";
import type { LicenceLandscape } from "@/lib/domain/insights/licence-landscape";

export function LicenceSection({ data, filters }: { data: LicenceLandscape; filters: string }) {
  const openWeights = commercialUseRestricted(data, "open-weights");
  return (
    <ChartFrame
      id="licence-landscape"
      title="The licence landscape"
      height={460}
      caption={
        <>
          How many models sit under each kind of licence, and whether it allows commercial use.{" "}
          {openWeights.total > 0 && `${openWeights.restricted} of ${openWeights.total} open-weights models allow commercial use only with conditions or not at all — "open" weights are not always usable.`}
        </>
      }
      table={<StatsView view="licenceLandscape" filters={filters} />}
      tableOnOpen
    >
      <LicenceLandscapeChart byCategory={data.byCategory} byCommercialUse={data.byCommercialUse} />
    </ChartFrame>
  );
}
