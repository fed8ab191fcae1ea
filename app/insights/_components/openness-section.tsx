// Chart 5: the openness heatmap, models × components, each cell sourced.
// Its order is the catalogue's `sort` param (openness or name), kept in the URL.
import Link from "next/link";
import { DetailsOnOpen } from "@/components/charts/details-on-open";
import { GRADE_STYLE } from "@/components/insights/grade-style";
import { LazyHeatmap } from "@/components/insights/lazy-heatmap";
import { StatsView } from "@/components/insights/stats-view";
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { medianOpenness } from "@/lib/domain/insights/headlines";
import { HEATMAP_ORDERS, heatmapOrderFromSort, sortParamFor, type HeatmapOrder, type OpennessHeatmap } from "@/lib/domain/insights/openness-heatmap";
import { formatScore } from "@/lib/domain/format";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import type { ModelsQuery } from "@/lib/schemas/models-query";

export function OpennessSection({ heatmap, query, filters }: { heatmap: OpennessHeatmap; query: ModelsQuery; filters: string }) {
  const medians = medianOpenness(heatmap);
  const order = heatmapOrderFromSort(query.sort);
  const sortHrefs = Object.fromEntries(
    HEATMAP_ORDERS.map((o) => [o, `/insights?${toSearchParams({ ...query, sort: sortParamFor(o), page: undefined, pageSize: undefined }).toString()}`]),
  ) as Record<HeatmapOrder, string>;
  const ungraded = heatmap.ungraded.length;
  return (
    <figure id="openness" aria-labelledby="openness-title" className="min-w-0 space-y-2 rounded border border-zinc-200 p-3 dark:border-zinc-800">
      <h3 id="openness-title" className="font-semibold">Openness, component by component</h3>
      <figcaption className="text-sm text-zinc-700 dark:text-zinc-300">
        The European Open Source AI Index&apos;s twelve components for the {heatmap.rows.length} graded models; each cell links to its evidence. Median openness score:{" "}
        {ACCESS_CLASSES.map((a) => `${ACCESS_LABELS[a].toLowerCase()} ${formatScore(medians[a], 0)}`).join(", ")} (
        <Link href="/compare#how-scored" className="underline">how the score is computed</Link>). Sort by score or name with the column headers.
      </figcaption>
      <ul aria-label="Grades" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {(["open", "partial", "closed", "na", "ungraded"] as const).map((g) => (
          <li key={g} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block size-5 rounded-sm text-center leading-5 ${GRADE_STYLE[g].className}`}>{GRADE_STYLE[g].symbol}</span>
            {GRADE_STYLE[g].label}
          </li>
        ))}
      </ul>
      {heatmap.rows.length === 0 ? <p className="text-sm">None of the filtered models is graded yet.</p> : <LazyHeatmap filters={filters} order={order} sortHrefs={sortHrefs} rowCount={heatmap.rows.length} />}
      {ungraded > 0 && (
        <DetailsOnOpen summary={`Not graded yet: ${ungraded} ${ungraded === 1 ? "model" : "models"}`}>
          <StatsView view="heatmapUngraded" filters={filters} />
        </DetailsOnOpen>
      )}
    </figure>
  );
}
