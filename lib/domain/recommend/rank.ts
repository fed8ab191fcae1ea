// Ranking the models that meet every must-have: a weighted score of cost, quality and openness,
// each 0–100 within the set, with the weights set by what matters most to the person.
import { logScaleScore } from "../pros-cons";
import { benchmarkScore } from "./must-haves";
import { NOT_COSTED_PER_MONTH, type Route, byMonthlyCost } from "./routes";
import type { Candidate, Priority, Situation } from "./types";

/** Weights of cost, quality and openness per priority (they sum to 1). */
export const PRIORITY_WEIGHTS: Record<Priority, { cost: number; quality: number; openness: number }> = {
  balanced: { cost: 1 / 3, quality: 1 / 3, openness: 1 / 3 },
  cost: { cost: 0.7, quality: 0.2, openness: 0.1 },
  quality: { cost: 0.2, quality: 0.7, openness: 0.1 },
  openness: { cost: 0.15, quality: 0.15, openness: 0.7 },
};

/** The ranking explained in words, for the page's "how is this decided" section. */
export const RANKING_EXPLANATION = [
  "Every must-have is a hard filter. A fact the catalogue does not know (a licence not yet reviewed, an unknown context length) fails the must-have that needs it, and the near misses say so.",
  "Each model is costed by every route open to it: each current API listing (the maker's or a host's: input, cached input and output tokens at the listed prices) and, if the weights can be downloaded, self-hosting on the GPUs you name (the memory formula and GPU-hour maths of the compare page's calculator). Its cheapest route within your budget is the one shown.",
  "Cost score: the cheapest model scores 100, the most expensive 0, on a log scale in between. Quality score: the best score on your benchmark scores 100, the lowest 0; a model without a score gets 0 and says so. Openness score: the catalogue's openness score (0–100); ungraded counts as 0.",
  "The rank is the weighted sum: balanced weighs the three equally; cost 70 / 20 / 10 (cost, quality, openness); quality 20 / 70 / 10; openness 15 / 15 / 70. Ties go to the cheaper model.",
];

export interface Ranked {
  model: Candidate;
  route: Route;
  score: number;
  reasons: string[];
  quality: { score: number; setting: string | null } | null;
}

const ordinal = (n: number) => (n === 1 ? "the best" : `${n}${n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`);
export const formatMonthlyUsd = (n: number | null) => (n === null ? "not costed per month" : `$${n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(2)}`);
const ROUTE_WORDS = { api: "the maker's API", host: "a host", "self-host": "self-hosting" } as const;

/** Ranks models that met every must-have, each with its cheapest admissible route, best first. */
export function rank(passing: ReadonlyArray<{ model: Candidate; route: Route }>, s: Situation): Ranked[] {
  // When no model can be costed per month (image models), cost's weight goes to the other two.
  const costed = passing.flatMap((p) => (p.route.monthlyCostUsd === null ? [] : [Math.max(p.route.monthlyCostUsd, 0.01)]));
  const base = PRIORITY_WEIGHTS[s.priority];
  const w = costed.length > 0 ? base : { cost: 0, quality: base.quality / (base.quality + base.openness), openness: base.openness / (base.quality + base.openness) };
  const costs = passing.map((p) => (p.route.monthlyCostUsd === null ? null : Math.max(p.route.monthlyCostUsd, 0.01)));
  const minCost = Math.min(...costed);
  const maxCost = Math.max(...costed);
  const qualities = passing.map((p) => benchmarkScore(p.model, s.benchmark));
  const known = qualities.flatMap((q) => (q ? [q.score] : []));
  const minQ = Math.min(...known);
  const maxQ = Math.max(...known);
  const cheaperThan = (c: number) => costed.filter((x) => x < c).length + 1;
  const betterThan = (q: number) => known.filter((x) => x > q).length + 1;

  const ranked = passing.map((p, i): Ranked => {
    const cost = costs[i] ?? null;
    const quality = qualities[i] ?? null;
    // A model without a monthly cost among costed ones scores as the most expensive.
    const costScore = cost === null ? 0 : maxCost > minCost ? logScaleScore(cost, minCost, maxCost) : 100;
    const qualityScore = quality === null ? 0 : maxQ > minQ ? (100 * (quality.score - minQ)) / (maxQ - minQ) : 100;
    const openness = p.model.opennessScore ?? 0;
    const score = Math.round(w.cost * costScore + w.quality * qualityScore + w.openness * openness);
    const routeWords = `${ROUTE_WORDS[p.route.kind]}${p.route.kind === "self-host" ? "" : ` (${p.route.providerName})`}`;
    return {
      model: p.model,
      route: p.route,
      score,
      quality,
      reasons: [
        cost === null || p.route.monthlyCostUsd === null
          ? `Cost: not ranked — via ${routeWords}, but ${NOT_COSTED_PER_MONTH}.`
          : `Cost: ${formatMonthlyUsd(p.route.monthlyCostUsd)} a month via ${routeWords}, ${cheaperThan(cost) === 1 ? "the cheapest" : `${ordinal(cheaperThan(cost))} cheapest`} of ${costed.length}${costed.length < passing.length ? " with a monthly cost" : ""}.`,
        quality === null
          ? `Quality: no ${s.benchmark} score in the catalogue, so it is ranked as the lowest.`
          : `Quality: ${s.benchmark} ${quality.score}${quality.setting ? ` (${quality.setting})` : ""}, ${ordinal(betterThan(quality.score))} of ${known.length} with a score.`,
        p.model.opennessScore === null ? "Openness: not graded, counted as 0." : `Openness: ${Math.round(p.model.opennessScore)} / 100.`,
      ],
    };
  });
  return ranked.sort((a, b) => b.score - a.score || byMonthlyCost(a.route, b.route) || a.model.slug.localeCompare(b.model.slug));
}

/** What the person gives up with this model on this route. */
export function tradeOffs(m: Candidate, route: Route, s: Situation, selfHostBlocked: string | null): string[] {
  const t: string[] = [];
  const l = m.licence;
  if (l.commercialUse === null) t.push(`licence terms not reviewed (${l.name}): commercial use unknown`);
  else if (l.commercialUse === "conditional") t.push(`licence: commercial use only under conditions${l.conditions ? ` (${l.conditions})` : ""}`);
  else if (l.commercialUse === "no") t.push("licence: no commercial use");
  if (l.attributionRequired) t.push("licence requires attribution");
  if (l.useRestrictions) t.push("licence forbids some uses");
  if (l.outputTrainingBan) t.push("terms forbid training other models on its outputs");
  if (route.kind === "self-host" && route.gpusNeeded !== null) t.push(`needs ${route.gpusNeeded} × ${route.gpuMemoryGb} GB at ${route.bits}-bit`);
  else t.push(`prompts leave your hardware (${route.providerName} serves it)${selfHostBlocked ? `; cannot self-host: ${selfHostBlocked}` : ""}`);
  t.push(m.knowledgeCutoff ? `knowledge cut-off ${m.knowledgeCutoff}` : "knowledge cut-off unknown");
  if (m.lifecycle === "deprecated") t.push("deprecated by its provider");
  if (!benchmarkScore(m, s.benchmark)) t.push(`no ${s.benchmark} score`);
  if (m.review === "imported") t.push("imported from open datasets, not yet reviewed");
  return t;
}
