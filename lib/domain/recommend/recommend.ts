// From constraints to an answer: the verdict (best open vs best closed), the shortlist and the
// near misses. Pure: the database narrows the catalogue first (lib/db/recommend.ts) and hands
// over a bounded candidate set plus, per relaxed filter, the models only that filter excluded.
import { generatesTokens } from "../break-even";
import type { GpuOption } from "../hardware";
import { type Evaluation, evaluate, takesText } from "./must-haves";
import { type Ranked, formatMonthlyUsd, rank, tradeOffs } from "./rank";
import type { Candidate, Failure, MustHaves, Situation } from "./types";

export const MAX_SHORTLIST = 10;
export const MAX_NEAR_MISSES = 6;

export interface Relaxed {
  /** The filter parameter these models fail (and only it, among the database filters). */
  constraint: string;
  /** Used when the domain cannot word the failure itself (a text search, an organisation list…). */
  message: string;
  models: readonly Candidate[];
}

export interface RecommendInput {
  candidates: readonly Candidate[];
  relaxed: readonly Relaxed[];
  must: MustHaves;
  situation: Situation;
  gpus: readonly GpuOption[];
}

export interface Item extends Ranked {
  tradeOffs: string[];
}
export interface VerdictSide {
  item: Item | null;
  /** Why no model of this side qualifies, when none does. */
  ruledOutBy: string | null;
}
export interface Recommendation {
  verdict: { open: VerdictSide; closed: VerdictSide; summary: string };
  items: Item[];
  nearMisses: Array<{ model: Candidate; failed: Failure[] }>;
}

const isOpen = (m: Candidate) => m.access !== "closed";

/** The recommendation for a set of candidates that already passed the database filters. */
export function recommend({ candidates, relaxed, must, situation, gpus }: RecommendInput): Recommendation {
  const evaluated = candidates.map((model) => ({ model, e: evaluate(model, must, situation, gpus) }));
  const passing = evaluated.flatMap(({ model, e }) => (e.failed.length === 0 && e.routes[0] ? [{ model, route: e.routes[0], e }] : []));
  const blocked = new Map(passing.map((p) => [p.model.slug, p.e.selfHostBlocked]));
  const ranked: Item[] = rank(passing, situation).map((r) => ({ ...r, tradeOffs: tradeOffs(r.model, r.route, situation, blocked.get(r.model.slug) ?? null) }));

  const seen = new Set(candidates.map((c) => c.slug));
  const failing: Array<{ model: Candidate; failed: Failure[]; e: Evaluation | null }> = evaluated.filter(({ e }) => e.failed.length > 0).map(({ model, e }) => ({ model, failed: e.failed, e }));
  for (const r of relaxed)
    for (const model of r.models) {
      if (seen.has(model.slug)) continue;
      seen.add(model.slug);
      const e = evaluate(model, must, situation, gpus);
      const failed = e.failed.some((f) => f.constraint === r.constraint) ? e.failed : [{ constraint: r.constraint, message: r.message }, ...e.failed];
      failing.push({ model, failed, e });
    }

  const nearMisses = roundRobin(
    failing
      // Models that generate no tokens (embeddings, images) or take no text are never a pick for a token budget.
      .filter((f) => f.failed.length === 1 && generatesTokens(f.model) && takesText(f.model))
      .map((f) => ({ model: f.model, failed: f.failed, notability: notability(f.model, situation) }))
      .sort((a, b) => b.notability - a.notability || a.model.slug.localeCompare(b.model.slug)),
  ).map(({ model, failed }) => ({ model, failed }));

  const open = side(ranked, failing, true);
  const closed = side(ranked, failing, false);
  return { verdict: { open, closed, summary: summarise(open, closed, situation) }, items: ranked.slice(0, MAX_SHORTLIST), nearMisses };
}

/** The most notable near miss per must-have, then the next of each, so every must-have that could be relaxed shows. */
function roundRobin<T extends { failed: Failure[] }>(sorted: readonly T[]): T[] {
  const byConstraint = new Map<string, T[]>();
  for (const n of sorted) byConstraint.set(n.failed[0]?.constraint ?? "", [...(byConstraint.get(n.failed[0]?.constraint ?? "") ?? []), n]);
  const out: T[] = [];
  for (let round = 0; out.length < MAX_NEAR_MISSES && out.length < sorted.length; round++)
    for (const list of byConstraint.values()) {
      const next = list[round];
      if (next && out.length < MAX_NEAR_MISSES) out.push(next);
    }
  return out;
}

/** Near misses worth showing first: the best on the chosen benchmark, then the more open. */
function notability(m: Candidate, s: Situation): number {
  const wanted = s.benchmark.toLowerCase();
  const score = Math.max(-1, ...m.benchmarks.filter((b) => b.name.toLowerCase() === wanted).map((b) => b.score));
  return score * 1000 + (m.opennessScore ?? 0);
}

function side(ranked: readonly Item[], failing: ReadonlyArray<{ model: Candidate; failed: Failure[] }>, open: boolean): VerdictSide {
  const item = ranked.find((r) => isOpen(r.model) === open) ?? null;
  if (item) return { item, ruledOutBy: null };
  const word = open ? "open" : "closed";
  const theirs = failing.filter((f) => isOpen(f.model) === open);
  if (theirs.length === 0) return { item: null, ruledOutBy: `No ${word} model matches the catalogue filters you set.` };
  const tally = new Map<string, { count: number; example: string }>();
  for (const f of theirs)
    for (const failure of f.failed) {
      const t = tally.get(failure.constraint) ?? { count: 0, example: failure.message };
      tally.set(failure.constraint, { ...t, count: t.count + 1 });
    }
  const [constraint, top] = [...tally.entries()].sort((a, b) => b[1].count - a[1].count)[0] ?? ["", { count: 0, example: "" }];
  return { item: null, ruledOutBy: `No ${word} model meets every must-have: ${top.count} of the ${theirs.length} ${word} models considered fail “${constraint}” (e.g. ${top.example}).` };
}

/** One sentence built from the two sides' numbers. */
export function summarise(open: VerdictSide, closed: VerdictSide, s: Situation): string {
  const o = open.item;
  const c = closed.item;
  if (!o && !c) return "No model meets every must-have. The near misses show what relaxing one of them would bring.";
  const costWords = (i: Item) => (i.route.monthlyCostUsd === null ? "not costed per month" : `${formatMonthlyUsd(i.route.monthlyCostUsd)} a month`);
  if (!c && o) return `Only an open model meets every must-have: ${o.model.name}, ${costWords(o)} by ${o.route.kind === "self-host" ? "self-hosting" : o.route.providerName}.`;
  if (!o && c) return `Only a closed model meets every must-have: ${c.model.name}, ${costWords(c)} on ${c.route.providerName}.`;
  if (!o || !c) return "";
  const oCost = o.route.monthlyCostUsd;
  const cCost = c.route.monthlyCostUsd;
  const ratio = oCost === null || cCost === null ? null : cCost > 0 ? oCost / cCost : Infinity;
  const cost =
    ratio === null
      ? "— cost not compared, since image models are listed per token and an image's cost depends on its size and quality — as does the closed option"
      : ratio < 0.01
      ? "at under 1 % of the closed option's cost"
      : ratio < 1
      ? `at ${Math.round(ratio * 100)} % of the closed option's cost`
      : ratio === 1
        ? "at the same cost as the closed option"
        : Number.isFinite(ratio)
          ? `at ${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}× the closed option's cost`
          : "where the closed option costs nothing at this volume";
  const quality =
    o.quality && c.quality
      ? o.quality.score === c.quality.score
        ? `the same score on ${s.benchmark}`
        : `${Math.abs(o.quality.score - c.quality.score).toFixed(1).replace(/\.0$/, "")} points ${o.quality.score < c.quality.score ? "lower" : "higher"} on ${s.benchmark}`
      : `${s.benchmark} cannot be compared (no score for ${[o, c].filter((x) => !x.quality).map((x) => x.model.name).join(" or ")})`;
  return `An open model (${o.model.name}) meets every must-have ${cost} (${c.model.name}), ${quality}.`;
}
