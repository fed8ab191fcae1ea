// How many providers serve each open model now (the maker's API and hosts,
// current listings only): an open model many hosts serve can be bought at
// competing prices, or moved between them.
import type { AccessClass } from "@/lib/schemas/vocabulary";
import { summarize } from "./distribution";
import { isOpen, type InsightModel } from "./insight-model";

type HostsModel = Pick<InsightModel, "slug" | "name" | "access" | "hostCount">;

/** Bars drawn: the most-served open models. */
export const TOP_HOSTED = 15;

export interface HostsBar {
  slug: string;
  name: string;
  access: AccessClass;
  hosts: number;
}

export interface HostsPerModel {
  /** The open models served by the most providers, most first (at most TOP_HOSTED, only those with any). */
  top: HostsBar[];
  /** Every open model, most hosts first (for the table). */
  open: HostsBar[];
  /** Median providers per model and how many models have none, per side. */
  summary: Record<"open" | "closed", { models: number; unserved: number; median: number | null }>;
}

export function hostsPerModel(models: readonly HostsModel[]): HostsPerModel {
  const bars = (open: boolean) =>
    models
      .filter((m) => isOpen(m.access) === open)
      .map((m) => ({ slug: m.slug, name: m.name, access: m.access, hosts: m.hostCount }))
      .sort((a, b) => b.hosts - a.hosts || a.name.localeCompare(b.name));
  const open = bars(true);
  const closed = bars(false);
  const side = (list: HostsBar[]) => ({ models: list.length, unserved: list.filter((b) => b.hosts === 0).length, median: summarize(list.map((b) => b.hosts)).median });
  return { top: open.filter((b) => b.hosts > 0).slice(0, TOP_HOSTED), open, summary: { open: side(open), closed: side(closed) } };
}
