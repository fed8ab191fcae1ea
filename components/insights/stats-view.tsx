"use client";
// A chart's data table (or the list of models it leaves out), fetched from
// GET /api/stats/{part} when the reader opens it: with hundreds of models the
// tables would otherwise weigh several times the page itself.
import Link from "next/link";
import type { ReactNode } from "react";
import type { StatsPart, StatsResponse } from "@/lib/schemas/stats-response";
import { useStatsPart } from "@/lib/query/stats";
import { formatScore } from "@/lib/domain/format";
import type { Unplotted } from "@/lib/domain/insights/insight-model";
import { HostsTable, LandscapeTable, PerformanceGapTables, PriceOverTimeTables, PriceQualityTables, ProsConsTable, SizeTable } from "./chart-tables";

type Renderers = { [P in StatsPart]?: (data: StatsResponse[P]) => ReactNode };

function ModelList({ items }: { items: readonly Unplotted[] }) {
  if (items.length === 0) return <p className="mt-1">None.</p>;
  return (
    <ul className="mt-1 list-disc pl-5">
      {items.map((u) => (
        <li key={u.slug}>
          <Link href={`/models/${u.slug}`} className="underline">{u.name}</Link> — {u.reason}
        </li>
      ))}
    </ul>
  );
}

/** What each view shows, and which part of the series it needs. */
const VIEWS = {
  prosCons: { part: "prosCons", render: (d) => <ProsConsTable dimensions={d} /> },
  priceQuality: { part: "priceQuality", render: (d) => <PriceQualityTables series={d.series} /> },
  priceQualityUnplotted: { part: "priceQuality", render: (d) => <ModelList items={d.unplotted} /> },
  performanceGap: { part: "performanceGap", render: (d) => <PerformanceGapTables series={d} /> },
  gapSources: {
    part: "performanceGap",
    render: (d) =>
      d.map((s) => (
        <div key={s.measure.id} className="mt-2">
          <p className="font-medium">{s.measure.label}</p>
          <ul className="list-disc pl-5">
            {s.sources.map((src) => (
              <li key={src.slug}>
                {src.name} ({src.open ? "open" : "closed"}, released {src.released}): {formatScore(src.score)} — <a href={src.sourceUrl} className="underline">source</a> (published {src.asOf})
              </li>
            ))}
          </ul>
        </div>
      )),
  },
  sizeOverTime: { part: "sizeOverTime", render: (d) => <SizeTable points={d.points} /> },
  sizeUnplotted: { part: "sizeOverTime", render: (d) => <ModelList items={d.unplotted} /> },
  licenceLandscape: {
    part: "licenceLandscape",
    render: (d) => (
      <div className="space-y-3">
        <LandscapeTable caption="Models per licence category" bars={d.byCategory} />
        <LandscapeTable caption="Models per commercial-use answer" bars={d.byCommercialUse} />
      </div>
    ),
  },
  priceOverTime: { part: "priceOverTime", render: (d) => <PriceOverTimeTables series={d} /> },
  hostsPerModel: { part: "hostsPerModel", render: (d) => <HostsTable bars={d.open} /> },
  heatmapUngraded: { part: "opennessHeatmap", render: (d) => <ModelList items={d.ungraded} /> },
} satisfies Record<string, { [P in StatsPart]: { part: P; render: NonNullable<Renderers[P]> } }[StatsPart]>;

export type StatsViewName = keyof typeof VIEWS;

function Loaded<P extends StatsPart>({ part, filters, render }: { part: P; filters: string; render: (data: StatsResponse[P]) => ReactNode }) {
  const { data, error, isPending, refetch } = useStatsPart(part, filters);
  if (isPending) return <p role="status" className="mt-1">Loading…</p>;
  if (error)
    return (
      <p role="alert" className="mt-1">
        Could not load the data ({error.message}).{" "}
        <button type="button" onClick={() => void refetch()} className="underline">Try again</button>
      </p>
    );
  return <>{render(data)}</>;
}

/** Mounted when its <details> opens: fetches the part it needs and shows it. */
export function StatsView({ view, filters }: { view: StatsViewName; filters: string }) {
  // Each entry pairs a part with a renderer for that part (checked by `satisfies` above).
  const { part, render } = VIEWS[view] as unknown as { part: StatsPart; render: (data: StatsResponse[StatsPart]) => ReactNode };
  return <Loaded part={part} filters={filters} render={render} />;
}
