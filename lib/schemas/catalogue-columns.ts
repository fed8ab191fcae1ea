// The catalogue's columns, one entry each: what the table's header and the
// phone's cards call them, the sort they offer and whether they show by
// default. The reader's choice travels in the URL as `cols` (a view choice,
// not a filter: it never changes which models match or what a row carries,
// so the page keeps it out of the API request; the API checks it and
// otherwise ignores it — README Decisions, 2026-11-30).
// Zod-free: the catalogue's first load imports it.
import type { SortField } from "./catalogue-filters";

interface ColumnSpec {
  /** The header and the card's label. */
  label: string;
  /** A longer name for the column picker, where the header abbreviates. */
  name?: string;
  sort?: SortField;
  /** Shown when the URL does not choose. */
  default: boolean;
  align?: "right";
}

/** In display order. The model's name and the compare box are always shown. */
export const CATALOGUE_COLUMNS = {
  organization: { label: "Organisation", default: true },
  releaseDate: { label: "Released", sort: "releaseDate", default: true },
  parameters: { label: "Size", name: "Size (parameters)", sort: "parameters", default: true, align: "right" },
  licence: { label: "Licence", name: "Licence and commercial use", default: true },
  access: { label: "Access", default: true },
  openness: { label: "Openness", sort: "openness", default: true, align: "right" },
  price: { label: "Price ($/1M)", name: "Price (USD per 1M tokens; blended, then input / output)", sort: "price", default: true, align: "right" },
  contextLength: { label: "Context", name: "Context length", sort: "contextLength", default: true, align: "right" },
  mmlu: { label: "MMLU", name: "Quality (MMLU)", sort: "mmlu", default: true, align: "right" },
  hosts: { label: "Providers", name: "Providers serving it", sort: "hosts", default: false, align: "right" },
  knowledgeCutoff: { label: "Cut-off", name: "Knowledge cut-off", sort: "knowledgeCutoff", default: false },
  capabilities: { label: "Capabilities", name: "Capabilities (tools, reasoning, structured output)", default: false },
  lifecycle: { label: "Availability", default: false },
} as const satisfies Record<string, ColumnSpec>;

export type ColumnId = keyof typeof CATALOGUE_COLUMNS;
export const COLUMN_IDS = Object.keys(CATALOGUE_COLUMNS) as [ColumnId, ...ColumnId[]];
export const DEFAULT_COLUMNS: readonly ColumnId[] = COLUMN_IDS.filter((id) => CATALOGUE_COLUMNS[id].default);

export const COLUMNS_PARAM = "cols";
/** `cols=none`: only the model's name (and the compare box). */
const NO_COLUMNS = "none";
export const COLUMNS_DESCRIPTION = `Which columns the catalogue page shows (comma list of ${COLUMN_IDS.join(", ")}, or none). It does not change the rows: the API checks it and otherwise ignores it.`;

const isColumn = (id: string): id is ColumnId => Object.hasOwn(CATALOGUE_COLUMNS, id);

/** Reads `cols`: the known ids in registry order, and the unknown ones (the API refuses them, the page drops them). No value means the default set. */
export function parseColumns(raw: string | null | undefined): { columns: readonly ColumnId[]; unknown: string[] } {
  if (raw === null || raw === undefined) return { columns: DEFAULT_COLUMNS, unknown: [] };
  const given = new Set(raw.split(",").map((v) => v.trim()).filter(Boolean));
  given.delete(NO_COLUMNS);
  return { columns: COLUMN_IDS.filter((id) => given.has(id)), unknown: [...given].filter((id) => !isColumn(id)) };
}

/** The canonical `cols` value: registry order, undefined for the default set (so a default view's URL carries no `cols`). An empty choice is written as "none". */
export function columnsParam(columns: readonly ColumnId[]): string | undefined {
  const ordered = COLUMN_IDS.filter((id) => columns.includes(id));
  if (ordered.length === DEFAULT_COLUMNS.length && ordered.every((id, i) => id === DEFAULT_COLUMNS[i])) return undefined;
  return ordered.length === 0 ? NO_COLUMNS : ordered.join(",");
}
