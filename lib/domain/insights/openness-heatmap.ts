// Models × openness components: each cell a grade with the link to its
// evidence. A component with no grade on record is "ungraded", not closed.
import type { AccessClass } from "@/lib/schemas/vocabulary";
import type { Grade, OpennessComponent } from "./labels";
import type { InsightModel, Unplotted } from "./insight-model";

type HeatmapModel = Pick<InsightModel, "slug" | "name" | "access" | "openness">;

export interface HeatmapCell {
  component: OpennessComponent;
  /** null: no grade recorded for this component. */
  grade: Grade | null;
  evidenceUrl: string | null;
  note: string | null;
}

export interface HeatmapRow {
  slug: string;
  name: string;
  access: AccessClass;
  score: number | null;
  cells: HeatmapCell[];
}

export interface OpennessHeatmap {
  components: OpennessComponent[];
  /** Models with at least one grade on record. */
  rows: HeatmapRow[];
  /** Models with none: a row of question marks says nothing, so they are listed instead. */
  ungraded: Unplotted[];
}

export const HEATMAP_ORDERS = ["score-desc", "score-asc", "name", "name-desc"] as const;
export type HeatmapOrder = (typeof HEATMAP_ORDERS)[number];

/** The heatmap order for the catalogue's `sort` param (openness or name); most open first otherwise. */
export function heatmapOrderFromSort(sort: string | undefined): HeatmapOrder {
  const orders: Record<string, HeatmapOrder> = { "-openness": "score-desc", openness: "score-asc", name: "name", "-name": "name-desc" };
  return orders[sort ?? ""] ?? "score-desc";
}

/** The catalogue `sort` value for a heatmap order (the inverse of heatmapOrderFromSort). */
export function sortParamFor(order: HeatmapOrder): string {
  return { "score-desc": "-openness", "score-asc": "openness", name: "name", "name-desc": "-name" }[order];
}

/** One row per graded model, cells in the given component order, most open first; ungraded models listed. */
export function opennessHeatmap(models: readonly HeatmapModel[], components: readonly OpennessComponent[]): OpennessHeatmap {
  const graded = models.filter((m) => m.openness.components.length > 0);
  const ungraded = models
    .filter((m) => m.openness.components.length === 0)
    .map((m) => ({ slug: m.slug, name: m.name, access: m.access, reason: "no openness grade on record" }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const rows = graded.map((m): HeatmapRow => {
    const byComponent = new Map(m.openness.components.map((c) => [c.component, c]));
    return {
      slug: m.slug,
      name: m.name,
      access: m.access,
      score: m.openness.score,
      cells: components.map((component) => {
        const c = byComponent.get(component);
        return { component, grade: c?.grade ?? null, evidenceUrl: c?.evidenceUrl ?? null, note: c?.note ?? null };
      }),
    };
  });
  return { components: [...components], rows: sortHeatmapRows(rows, "score-desc"), ungraded };
}

/** Rows re-ordered; models without a score always come last, then by name. */
export function sortHeatmapRows(rows: readonly HeatmapRow[], order: HeatmapOrder): HeatmapRow[] {
  const byName = (a: HeatmapRow, b: HeatmapRow) => a.name.localeCompare(b.name);
  return [...rows].sort((a, b) => {
    if (order === "name") return byName(a, b);
    if (order === "name-desc") return byName(b, a);
    if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) || byName(a, b);
    return (order === "score-desc" ? b.score - a.score : a.score - b.score) || byName(a, b);
  });
}
