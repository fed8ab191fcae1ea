// Models a chart leaves out, and why — listed, never drawn as zero. The count
// is on the page; the list itself is fetched when opened (with hundreds of
// models it would outweigh the chart).
import { DetailsOnOpen } from "@/components/charts/details-on-open";
import { StatsView, type StatsViewName } from "./stats-view";

export function UnplottedList({ count, view, filters, what }: { count: number; view: StatsViewName; filters: string; what: string }) {
  if (count === 0) return null;
  return (
    <DetailsOnOpen summary={`Not plotted: ${count} ${count === 1 ? "model" : "models"} ${what}`}>
      <StatsView view={view} filters={filters} />
    </DetailsOnOpen>
  );
}
