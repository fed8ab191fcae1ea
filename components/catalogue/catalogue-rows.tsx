// The rows of one page of the catalogue, as cards below 1,024 px or as a
// table above: one of the two, not both (row-layout.ts picks). The server
// renders them for the first page; the client draws them (loaded after the
// first paint) only once the reader changes the page, the sort, a filter,
// the columns or the width across 1,024 px.
import { ModelCards, type CatalogueRowsProps } from "./model-cards";
import { ModelsTable } from "./models-table";
import type { RowLayout } from "./row-layout";

export function CatalogueRows({ layout, ...props }: CatalogueRowsProps & { layout: RowLayout }) {
  return layout === "cards" ? <ModelCards {...props} /> : <ModelsTable {...props} />;
}
