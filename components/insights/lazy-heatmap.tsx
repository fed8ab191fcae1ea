"use client";
// The openness heatmap, fetched (GET /api/stats/opennessHeatmap) and drawn
// when it scrolls near the viewport; the order comes from the page URL.
import { WhenVisible } from "@/components/charts/when-visible";
import { useStatsPart } from "@/lib/query/stats";
import { sortHeatmapRows, type HeatmapOrder } from "@/lib/domain/insights/openness-heatmap";
import { OpennessHeatmapTable } from "./openness-heatmap";

function Heatmap({ filters, order, sortHrefs }: { filters: string; order: HeatmapOrder; sortHrefs: Record<HeatmapOrder, string> }) {
  const { data, error, isPending, refetch } = useStatsPart("opennessHeatmap", filters);
  if (isPending) return <p role="status" className="text-sm">Loading the grades…</p>;
  if (error)
    return (
      <p role="alert" className="text-sm">
        Could not load the grades ({error.message}). <button type="button" onClick={() => void refetch()} className="underline">Try again</button>
      </p>
    );
  return <OpennessHeatmapTable components={data.components} rows={sortHeatmapRows(data.rows, order)} order={order} sortHrefs={sortHrefs} />;
}

export function LazyHeatmap(props: { filters: string; order: HeatmapOrder; sortHrefs: Record<HeatmapOrder, string>; rowCount: number }) {
  // Reserve the table's height (rows are 29 px, the rotated header 150 px, at most 70% of the screen) so nothing below moves when it arrives.
  return (
    <div style={{ height: `min(70vh, ${150 + props.rowCount * 29}px)` }}>
      <WhenVisible>
        <Heatmap filters={props.filters} order={props.order} sortHrefs={props.sortHrefs} />
      </WhenVisible>
    </div>
  );
}
