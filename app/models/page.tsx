import type { Metadata } from "next";
import { headers } from "next/headers";
import { CatalogueRows } from "@/components/catalogue/catalogue-rows";
import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { guessRowLayout } from "@/components/catalogue/row-layout";
import { listLicences, listOrganizations } from "@/lib/db/list-licences";
import { listModels } from "@/lib/db/list-models";
import { countFacets } from "@/lib/db/facet-counts";
import { selfHostVolume } from "@/lib/domain/catalogue-price";
import { toSearchParams, withPageDefaults } from "@/lib/domain/catalogue-params";
import { COLUMNS_PARAM, parseColumns } from "@/lib/schemas/catalogue-columns";
import { parseModelsQueryLenient } from "@/lib/schemas/models-query";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Catalogue",
  description: "Filter and sort AI models by access (open source, open weights, closed), licence, commercial use, size, price, openness and release date.",
};

export default async function ModelsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Refused parameters stay in the URL; the filters panel shows each one's message beside its field.
  const { query, dropped } = parseModelsQueryLenient(params);
  // The page hides retired models unless the URL asks for them; the API applies no such default.
  const shown = withPageDefaults(query);
  const cols = params[COLUMNS_PARAM];
  const { columns } = parseColumns(Array.isArray(cols) ? cols[0] : cols);
  // One row layout in the HTML, not both: a guess from the request, corrected on the client.
  const layout = guessRowLayout(await headers());
  const [data, facets, licences, organizations] = await Promise.all([listModels(shown), countFacets(shown), listLicences(), listOrganizations()]);
  const options = {
    licences: licences.filter((l) => l.modelCount > 0).map((l) => ({ slug: l.slug, name: l.name, modelCount: l.modelCount })),
    organizations: organizations.filter((o) => o.modelCount > 0).map((o) => ({ slug: o.slug, name: o.name, modelCount: o.modelCount })),
  };
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Model catalogue</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Every fact links to its source on the model’s page. “—” means unknown, never zero.
        </p>
      </div>
      {/* No Suspense boundary: the rows are already here, and streaming a skeleton first made the footer jump (CLS 0.12 on mobile). */}
      <CatalogueView
        initial={{ query, dropped, params: toSearchParams(shown).toString(), data, facets, columns: columns.join(","), layout }}
        initialRows={<CatalogueRows layout={layout} items={data.items} columns={columns} sort={query.sort} bestMatchFirst={query.q !== undefined && query.sort === undefined} selfHostAtMTokPerMonth={selfHostVolume(query)} />}
        options={options}
      />
    </div>
  );
}
