// The compare table: rows grouped as the page shows them, differences flagged, and — where a
// direction exists — the better known value marked. Unknown is never better or worse.
import type { CompareCell, Direction, RowDraft } from "./compare-cell";
import type { CompareModel } from "./compare-model";
import { identityRows, licenceRows, opennessRows } from "./compare-rows-terms";
import { costRows, deploymentRows, qualityRows } from "./compare-rows-usage";
import type { GpuOption } from "./hardware";

export type { CompareModel };
export type { CompareCell, CompareValue, Direction, RowDraft } from "./compare-cell";
export { cell } from "./compare-cell";

export interface CompareRow {
  id: string;
  label: string;
  /** Which way is better, if any; the words say why ("cheaper", "more open"). */
  direction: { better: Direction; meaning: string } | null;
  /** Not every cell shows the same thing. */
  differs: boolean;
  /** Why no value is marked although a direction exists (e.g. benchmark settings differ). */
  notMarkedBecause: string | null;
  cells: CompareCell[];
}

export const COMPARE_GROUPS = [
  { id: "identity", label: "Identity" },
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
}

/**
 * Marks the best value in a row: only among known values, only when at least two are known and
 * they are not all equal, and never when the row says its values are not comparable.
 */
export function markRow(draft: RowDraft): CompareRow {
  const ranks = draft.cells.map((c) => c.rank).filter((r): r is number => r !== null);
  const canMark = draft.direction !== undefined && draft.notComparable === undefined && ranks.length >= 2 && new Set(ranks).size > 1;
  const best = canMark ? (draft.direction?.better === "higher" ? Math.max(...ranks) : Math.min(...ranks)) : null;
  const shown = draft.cells.map((c) => (c.unknown ? "\u0000unknown" : c.values.map((v) => v.text).join("|")));
  return {
    id: draft.id,
    label: draft.label,
    direction: draft.direction ?? null,
    differs: new Set(shown).size > 1,
    notMarkedBecause: draft.direction && draft.notComparable ? draft.notComparable : null,
    cells: draft.cells.map((c) => ({ ...c, better: best !== null && c.rank === best })),
  };
}

/** Every group of rows for the compared models, in the order given. */
export function buildCompareGroups(models: readonly CompareModel[], gpus: readonly GpuOption[]): CompareGroup[] {
  const drafts: Record<CompareGroupId, RowDraft[]> = {
    identity: identityRows(models),
    licence: licenceRows(models),
    openness: opennessRows(models),
    cost: costRows(models, gpus),
    quality: qualityRows(models),
    deployment: deploymentRows(models, gpus),
  };
  return COMPARE_GROUPS.map((g) => ({ id: g.id, label: g.label, rows: drafts[g.id].map(markRow) }));
}
