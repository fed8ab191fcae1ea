// Which points of a crowded scatter get a name drawn beside them: a few that
// answer the chart's question (the best value for money, the record holders),
// never all of them — every other point keeps its tooltip and table row.
import { isOpen } from "./insight-model";
import type { AccessClass } from "@/lib/schemas/vocabulary";

/** At most `max` items, evenly spread along the list, keeping its first and last. */
export function spread<T>(items: readonly T[], max: number): T[] {
  if (max <= 0) return [];
  if (items.length <= max) return [...items];
  if (max === 1) return [items[items.length - 1] as T];
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(items[Math.round((i * (items.length - 1)) / (max - 1))] as T);
  return out;
}

interface ValuePoint {
  slug: string;
  access: AccessClass;
  usdPerMTok: number;
  score: number;
}

/**
 * Price against quality: the best-scoring point per side, then the frontier of
 * points no other point beats on both price and score (the cheapest way to
 * each quality level), spread evenly, up to `max` slugs.
 */
export function notableValuePoints(points: readonly ValuePoint[], max: number): Set<string> {
  const best = (open: boolean) => points.filter((p) => isOpen(p.access) === open).reduce<ValuePoint | null>((b, p) => (!b || p.score > b.score || (p.score === b.score && p.usdPerMTok < b.usdPerMTok) ? p : b), null);
  const chosen = [best(true), best(false)].filter((p): p is ValuePoint => p !== null).map((p) => p.slug);
  const frontier: ValuePoint[] = [];
  for (const p of [...points].sort((a, b) => a.usdPerMTok - b.usdPerMTok || b.score - a.score)) {
    const top = frontier.at(-1);
    if (!top || p.score > top.score) frontier.push(p);
  }
  const rest = frontier.filter((p) => !chosen.includes(p.slug));
  return new Set([...chosen, ...spread(rest, max - chosen.length).map((p) => p.slug)].slice(0, Math.max(0, max)));
}

interface SizedPoint {
  slug: string;
  access: AccessClass;
  t: number;
  parameters: number;
}

/** Size over time: the models that were the largest of their side when released, spread evenly, latest kept, up to `max`. */
export function notableRecordPoints(points: readonly SizedPoint[], max: number): Set<string> {
  const records = (open: boolean) => {
    const out: SizedPoint[] = [];
    for (const p of [...points].filter((x) => isOpen(x.access) === open).sort((a, b) => a.t - b.t || b.parameters - a.parameters)) {
      const top = out.at(-1);
      if (!top || p.parameters > top.parameters) out.push(p);
    }
    return out;
  };
  const open = records(true);
  const closed = records(false);
  const closedShare = open.length + closed.length === 0 ? 0 : Math.round((max * closed.length) / (open.length + closed.length));
  const forClosed = Math.min(closed.length, Math.max(closed.length > 0 ? 1 : 0, closedShare));
  return new Set([...spread(open, max - forClosed), ...spread(closed, forClosed)].map((p) => p.slug));
}
