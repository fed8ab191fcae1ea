// The compare table: rows grouped as the page shows them, differences flagged, and — where a
// direction exists — the better known value marked. Unknown is never better or worse.
import type { CompareCell, Direction, RowDraft } from "./compare-cell";
import type { CompareModel } from "./compare-model";
import { type CompareCosts, compareCosts } from "./break-even-scenario";
import { volumeOf } from "./compare-costs";
import { capabilityRows } from "./compare-rows-capabilities";
import { identityRows, licenceRows, opennessRows } from "./compare-rows-terms";
import { costRows, deploymentRows, qualityRows } from "./compare-rows-usage";
import type { GpuOption } from "./hardware";
import { type CalculatorQuery, DEFAULT_CALCULATOR_QUERY } from "@/lib/schemas/compare-query";

export type { CompareModel };
export type { CompareCell, CompareValue, Direction, RowDraft } from "./compare-cell";
export { cell } from "./compare-cell";

export interface CompareRow {
  id: string;
  label: string;
  /** Which way is better, if any; the words say why ("cheaper", "more open"). */
  direction: { better: Direction; meaning: string } | null;
  /**
   * The difference changes a decision: the row has a direction and its known values rank
   * differently (so one is marked better). Rows that merely show different words (organisation,
   * licence name) are not flagged, or the flag would mean nothing.
   */
  differs: boolean;
  /** Why no value is marked although a direction exists (e.g. benchmark settings differ). */
  notMarkedBecause: string | null;
  cells: CompareCell[];
}

export const COMPARE_GROUPS = [
  { id: "identity", label: "Identity" },
  { id: "capabilities", label: "Capabilities" },
  { id: "licence", label: "Licence terms" },
  { id: "openness", label: "Openness" },
  { id: "cost", label: "Cost" },
  { id: "quality", label: "Quality" },
  { id: "deployment", label: "Deployment" },
] as const;
export type CompareGroupId = (typeof COMPARE_GROUPS)[number]["id"];

export interface CompareGroup {
  id: CompareGroupId;
  label: string;
  rows: CompareRow[];
  /**
   * Rows unknown for every model for the same reason, listed by label instead of as rows of
   * dashes (a catalogue that records no capabilities for these models says so once).
   */
  unrecorded: string[];
}

/** Unknown everywhere, for one shared reason: nothing model-specific to show. */
const blank = (r: CompareRow) => r.cells.length > 0 && r.cells.every((c) => c.unknown) && new Set(r.cells.map((c) => c.note)).size === 1;

/**
 * Marks the best value in a row: only among known values, only when at least two are known and
 * they are not all equal, and never when the row says its values are not comparable.
 */
export function markRow(draft: RowDraft): CompareRow {
  const ranks = draft.cells.map((c) => c.rank).filter((r): r is number => r !== null);
  const canMark = draft.direction !== undefined && draft.notComparable === undefined && ranks.length >= 2 && new Set(ranks).size > 1;
  const best = canMark ? (draft.direction?.better === "higher" ? Math.max(...ranks) : Math.min(...ranks)) : null;
  return {
    id: draft.id,
    label: draft.label,
    direction: draft.direction ?? null,
    differs: best !== null,
    notMarkedBecause: draft.direction && draft.notComparable ? draft.notComparable : null,
    cells: draft.cells.map((c) => ({ ...c, better: best !== null && c.rank === best })),
  };
}

/**
 * Every group of rows for the compared models, in the order given; the cost rows at the reader's
 * volume and assumptions (the same `costs` the summary and the calculator show).
 */
export function buildCompareGroups(
  models: readonly CompareModel[],
  gpus: readonly GpuOption[],
  input: CalculatorQuery = DEFAULT_CALCULATOR_QUERY,
  costs: CompareCosts = compareCosts(models, gpus, input),
): CompareGroup[] {
  const drafts: Record<CompareGroupId, RowDraft[]> = {
    identity: identityRows(models),
    capabilities: capabilityRows(models),
    licence: licenceRows(models),
    openness: opennessRows(models),
    cost: costRows(models, costs.models, volumeOf(input)),
    quality: qualityRows(models),
    deployment: deploymentRows(models, gpus),
  };
  return COMPARE_GROUPS.map((g) => {
    const rows = drafts[g.id].map(markRow);
    return { id: g.id, label: g.label, rows: rows.filter((r) => !blank(r)), unrecorded: rows.filter(blank).map((r) => r.label) };
  });
}
