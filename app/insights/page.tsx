import type { Metadata } from "next";
import Link from "next/link";
import { InsightsFilters } from "@/components/insights/insights-filters";
import { getInsights } from "@/lib/db/list-insight-models";
import { listLicences } from "@/lib/db/list-licences";
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import { ACCESS_LABELS } from "@/lib/schemas/labels";
import { parseModelsQueryLenient } from "@/lib/schemas/models-query";
import { toSearchParams } from "@/lib/domain/catalogue-params";
import { HostsSection } from "./_components/hosts-section";
import { PriceOverTimeSection } from "./_components/price-over-time-section";
import { LicenceSection } from "./_components/licence-section";
import { OpennessSection } from "./_components/openness-section";
import { PerformanceGapSection } from "./_components/performance-gap-section";
import { PriceQualitySection } from "./_components/price-quality-section";
import { ProsConsSection } from "./_components/pros-cons-section";
import { SizeSection } from "./_components/size-section";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Open vs closed",
  description: "The usual pros and cons of open AI models, checked against the catalogue: cost, quality, the performance gap, size, openness and licences.",
};

/** /insights: every chart drawn server-side from the filtered catalogue (same URL params as /models). */
export default async function InsightsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query } = parseModelsQueryLenient(await searchParams);
  const [insights, licences] = await Promise.all([getInsights(query), listLicences()]);
  // The filters the API's /api/stats/{part} takes: the data tables load from it when opened.
  const filters = toSearchParams({ ...query, sort: undefined, page: undefined, pageSize: undefined }).toString();
  const counts = ACCESS_CLASSES.map((a) => `${insights.byAccess[a]} ${ACCESS_LABELS[a].toLowerCase()}`).join(", ");
  return (
    <div className="space-y-8">
      <section className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Open vs closed, checked against the data</h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
          The argument goes: open models win on cost, control, data security, transparency, latency and access, and lose on the expertise they need, on performance and on
          misuse risk. These charts let you check that against the catalogue instead of taking it on faith. Every chart follows the filters below.
        </p>
        <InsightsFilters query={query} licences={licences} />
        <p role="status" className="text-sm font-medium">
          {insights.modelCount} {insights.modelCount === 1 ? "model" : "models"} ({counts})
        </p>
      </section>
      {insights.modelCount === 0 ? (
        <p>
          No models match these filters. <Link href="/insights" className="underline">Clear all filters</Link>.
        </p>
      ) : (
        <>
          <section aria-labelledby="claims" className="space-y-3">
            <h2 id="claims" className="text-xl font-semibold">The claims</h2>
            <ProsConsSection dimensions={insights.prosCons} filters={filters} />
          </section>
          <section aria-labelledby="cost-quality" className="space-y-3">
            <h2 id="cost-quality" className="text-xl font-semibold">Cost, quality and the gap</h2>
            <PriceQualitySection data={insights.priceQuality} filters={filters} />
            <PerformanceGapSection series={insights.performanceGap} filters={filters} />
            <PriceOverTimeSection series={insights.priceOverTime} filters={filters} />
            <HostsSection data={insights.hostsPerModel} filters={filters} />
          </section>
          <section aria-labelledby="size" className="space-y-3">
            <h2 id="size" className="text-xl font-semibold">Size</h2>
            <SizeSection data={insights.sizeOverTime} filters={filters} />
          </section>
          <section aria-labelledby="openness-licences" className="space-y-3">
            <h2 id="openness-licences" className="text-xl font-semibold">Openness and licences</h2>
            <OpennessSection heatmap={insights.opennessHeatmap} query={query} filters={filters} />
            <LicenceSection data={insights.licenceLandscape} filters={filters} />
          </section>
        </>
      )}
    </div>
  );
}
