// Chart 1: the article's pros and cons against the derived scores.
import Link from "next/link";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ProsConsChart } from "@/components/insights/lazy-charts";
import { StatsView } from "@/components/insights/stats-view";
import { verdictTally } from "@/lib/domain/insights/headlines";
import { prosConsRows, type DimensionDistribution } from "@/lib/domain/insights/pros-cons-distribution";
import { formatScore } from "@/lib/domain/format";

const VERDICT_TEXT = { supports: "data agrees", contradicts: "data disagrees", tie: "level", "no-data": "no data for one side" } as const;

export function ProsConsSection({ dimensions, filters }: { dimensions: readonly DimensionDistribution[]; filters: string }) {
  const tally = verdictTally(dimensions);
  const judged = dimensions.length - tally["no-data"].length;
  return (
    <div className="space-y-2">
      <ChartFrame
        id="pros-cons"
        title="The usual pros and cons of open models, scored from the data"
        height={560}
        caption={
          <>
            Each model gets a 0–100 score per dimension, derived from catalogue facts by fixed rules (higher is always better for you;{" "}
            <Link href="/compare#how-scored" className="underline">how each score is derived</Link>). Bars are medians, whiskers the middle half of models; "(pro)" marks what the essay this site grew from, “Open (Source) Sesame”, counts in open models' favour, "(con)" against. Comparing the
            median of open models (open source and open weights together) with closed ones, the data agrees with the essay on {tally.supports.length} of {judged} dimensions
            {tally.contradicts.length > 0 && <>, disagrees on {tally.contradicts.join(", ")}</>}
            {tally["no-data"].length > 0 && <>; {tally["no-data"].join(", ")} cannot be judged (no scores for one side)</>}. Several rules follow from access itself (data
            security is 100 for anything you can run yourself), so agreement there is by construction; cost (the cheaper of an API listing and a self-hosting estimate at steady load) and performance are where the data could disagree.
          </>
        }
        table={<StatsView view="prosCons" filters={filters} />}
        tableOnOpen
      >
        <ProsConsChart rows={prosConsRows(dimensions)} />
      </ChartFrame>
      <ul aria-label="What the medians show, dimension by dimension" className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {dimensions.map((d) => (
          <li key={d.dimension}>
            <span className="font-medium">{d.label}</span> (essay: open {d.side === "pro" ? "wins" : "loses"}): open {formatScore(d.openMedian, 0)} vs closed{" "}
            {formatScore(d.closedMedian, 0)} — {VERDICT_TEXT[d.verdict]}
          </li>
        ))}
      </ul>
    </div>
  );
}
