// The rows of one page of the catalogue, as cards below 1,024 px and as a
// table above (CSS picks one; both are in the HTML). The server renders
// them for the first page; the client draws them (loaded after the first
// paint) only once the reader changes the page, the sort, a filter or the columns.
import { ModelCards, type CatalogueRowsProps } from "./model-cards";
import { ModelsTable } from "./models-table";

export function CatalogueRows(props: CatalogueRowsProps) {
  return (
    <>
      <div className="lg:hidden">
        <ModelCards {...props} />
      </div>
      <div className="hidden lg:block">
        <ModelsTable {...props} />
      </div>
    </>
  );
}
