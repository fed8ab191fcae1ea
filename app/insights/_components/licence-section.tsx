// Chart 6: the licence landscape, open vs closed.
import { ChartFrame } from "@/components/charts/chart-frame";
import { LandscapeTable } from "@/components/insights/chart-tables";
import { LicenceLandscapeChart } from "@/components/insights/licence-landscape-chart";
import { commercialUseRestricted } from "@/lib/domain/insights/headlines";
import type { LicenceLandscape } from "@/lib/domain/insights/licence-landscape";

export function LicenceSection({ data }: { data: LicenceLandscape }) {
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
      table={
        <div className="space-y-3">
          <LandscapeTable caption="Models per licence category" bars={data.byCategory} />
          <LandscapeTable caption="Models per commercial-use answer" bars={data.byCommercialUse} />
        </div>
      }
    >
      <LicenceLandscapeChart byCategory={data.byCategory} byCommercialUse={data.byCommercialUse} />
    </ChartFrame>
  );
}
