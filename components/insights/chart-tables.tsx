// Each insights chart's data as a table (the ChartFrame's text alternative).
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import type { Distribution } from "@/lib/domain/insights/distribution";
import type { LandscapeBar } from "@/lib/domain/insights/licence-landscape";
import type { GapSeries } from "@/lib/domain/insights/performance-gap";
import type { HostsBar } from "@/lib/domain/insights/hosts-per-model";
import type { PriceOverTime } from "@/lib/domain/insights/price-over-time";
import type { PriceQualitySeries } from "@/lib/domain/insights/price-quality";
import type { DimensionDistribution } from "@/lib/domain/insights/pros-cons-distribution";
import type { SizePoint } from "@/lib/domain/insights/size-over-time";
import { formatParameters, formatScore, formatUsd, UNKNOWN } from "@/lib/domain/format";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import { DataTable } from "./data-table";

const spread = (d: Distribution) =>
  d.n === 0 ? `${UNKNOWN} (no scores${d.unknown ? `, ${d.unknown} unknown` : ""})` : `${formatScore(d.median, 0)} (${formatScore(d.q1, 0)}–${formatScore(d.q3, 0)}; n ${d.n}${d.unknown ? `, ${d.unknown} unknown` : ""})`;

export function ProsConsTable({ dimensions }: { dimensions: readonly DimensionDistribution[] }) {
  return (
    <DataTable
      caption="Median derived score (middle half; models scored, unknown) per access class"
      head={["Dimension (the essay's claim for open)", ...ACCESS_CLASSES.map((a) => ACCESS_LABELS[a])]}
      rows={dimensions.map((d) => ({ key: d.dimension, cells: [`${d.label} (${d.side})`, ...d.groups.map(spread)] }))}
    />
  );
}

export function PriceQualityTables({ series }: { series: readonly PriceQualitySeries[] }) {
  if (series.length === 0) return <p>No quality measure has scores for at least three priced models.</p>;
  return (
    <div className="space-y-3">
      {series.map((s) => (
        <DataTable
          key={s.measure.id}
          caption={`Price per 1M tokens and ${s.measure.label}, cheapest first`}
          head={["Model", "Access", "USD per 1M tokens", "Price basis", "Score"]}
          rows={s.points.map((p) => ({ key: p.slug, cells: [p.name, ACCESS_LABELS[p.access], `${formatUsd(p.usdPerMTok)}${p.estimated ? " (estimate)" : ""}`, p.basis, formatScore(p.score)] }))}
        />
      ))}
    </div>
  );
}

export function PerformanceGapTables({ series }: { series: readonly GapSeries[] }) {
  return (
    <div className="space-y-3">
      {series.map((s) => (
        <DataTable
          key={s.measure.id}
          caption={`${s.measure.label}: best score released so far`}
          head={["Date", "Best open", "Best closed", "Gap (closed − open)"]}
          rows={s.steps.map((st) => ({
            key: st.date,
            cells: [
              st.released,
              st.bestOpenModel ? `${formatScore(st.bestOpen)} (${st.bestOpenModel})` : UNKNOWN,
              st.bestClosedModel ? `${formatScore(st.bestClosed)} (${st.bestClosedModel})` : UNKNOWN,
              formatScore(st.gapPoints),
            ],
          }))}
        />
      ))}
    </div>
  );
}

export function SizeTable({ points }: { points: readonly SizePoint[] }) {
  return (
    <DataTable
      caption="Parameters by release date, oldest first"
      head={["Model", "Access", "Released", "Parameters", "Active per token"]}
      rows={points.map((p) => ({ key: p.slug, cells: [p.name, ACCESS_LABELS[p.access], p.released, formatParameters(p.parameters), formatParameters(p.activeParameters)] }))}
    />
  );
}

export function LandscapeTable({ caption, bars }: { caption: string; bars: ReadonlyArray<LandscapeBar<string>> }) {
  return (
    <DataTable
      caption={caption}
      head={["Group", ...ACCESS_CLASSES.map((a) => ACCESS_LABELS[a]), "Total"]}
      rows={bars.map((b) => ({ key: b.key, cells: [b.label, ...ACCESS_CLASSES.map((a) => b[a]), b.total] }))}
    />
  );
}

export function PriceOverTimeTables({ series }: { series: readonly PriceOverTime[] }) {
  if (series.length === 0) return <p>No quality measure has priced models on both sides.</p>;
  return (
    <div className="space-y-3">
      {series.flatMap((s) =>
        s.levels.map((l) => (
          <DataTable
            key={`${s.measure.id}-${l.level}`}
            caption={`Cheapest model scoring at least ${formatScore(l.level)} on ${s.measure.label}, USD per 1M tokens (blended 3:1), from each change`}
            head={["From", "Cheapest open", "Cheapest closed"]}
            rows={l.steps.map((st) => ({
              key: st.date,
              cells: [st.date, st.openModel ? `${formatUsd(st.open)} (${st.openModel})` : UNKNOWN, st.closedModel ? `${formatUsd(st.closed)} (${st.closedModel})` : UNKNOWN],
            }))}
          />
        )),
      )}
    </div>
  );
}

export function HostsTable({ bars }: { bars: readonly HostsBar[] }) {
  return (
    <DataTable
      caption="Providers serving each open model now (the maker's API and hosts), most first"
      head={["Model", "Access", "Providers"]}
      rows={bars.map((b) => ({ key: b.slug, cells: [b.name, ACCESS_LABELS[b.access], b.hosts] }))}
    />
  );
}
