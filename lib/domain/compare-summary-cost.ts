// The compare page's first answer: which model is cheaper at the reader's volume, by how much,
// and from what volume the other one becomes cheaper. Every number is a route cost from
// compare-costs.ts and every crossover comes from break-even.ts: the same as the table and calculator.
import { crossoverTokensPerMonth, curveMonthlyUsd } from "./break-even";
import type { CostRoute, ModelCosts, Volume } from "./compare-costs";
import { routeWords } from "./compare-costs";
import { formatMonthlyUsd, formatTokenCount } from "./format";

export interface PricedModel {
  slug: string;
  name: string;
  monthlyUsd: number;
  usdPerMTok: number | null;
  /** "via OpenAI", "self-hosted on 3× A100 SXM 80GB on RunPod, 16-bit". */
  how: string;
  /** Self-hosted below 16-bit: the quality caveat applies. */
  quantised: boolean;
}

export interface CostAnswer {
  /** "50M input + 10M output tokens a month". */
  volumeWords: string;
  /** Models with at least one route, cheapest first (ties keep the page's order). */
  ranked: PricedModel[];
  unpriced: Array<{ name: string; reason: string }>;
  /** The headline: who is cheaper, and by how much. */
  verdict: string;
  /** From (or below) what volume the runner-up becomes cheaper; null with fewer than two priced models. */
  crossover: string | null;
  /** The volumes at which the leader and the runner-up swap places (tokens a month, ascending). */
  crossoverTokensPerMonth: number[];
}

const routes = (c: ModelCosts): CostRoute[] => [...c.listings, ...(c.selfHost ? [c.selfHost] : [])];

/** The model's cheapest route at another volume (the crossover sentence names how the other side wins). */
function cheapestRouteAt(c: ModelCosts, tokensPerMonth: number): CostRoute | null {
  return routes(c).reduce<CostRoute | null>((best, r) => (best === null || curveMonthlyUsd(r.curve, tokensPerMonth) < curveMonthlyUsd(best.curve, tokensPerMonth) ? r : best), null);
}

export function volumeWords(v: Volume): string {
  const cached = v.cachedShare > 0 ? `, ${Math.round(v.cachedShare * 100)}% of input cached` : "";
  return `${formatTokenCount(v.inputTokens)} input + ${formatTokenCount(v.outputTokens)} output tokens a month${cached}`;
}

/** The cost answer for the compared models at the volume. */
export function costAnswer(costs: readonly ModelCosts[], v: Volume): CostAnswer {
  const ranked: PricedModel[] = costs
    .flatMap((c) => (c.cheapest ? [{ c, r: c.cheapest }] : []))
    .sort((a, b) => a.r.monthlyUsd - b.r.monthlyUsd)
    .map(({ c, r }) => ({ slug: c.slug, name: c.name, monthlyUsd: r.monthlyUsd, usdPerMTok: r.usdPerMTok, how: routeWords(r), quantised: r.kind === "self-host" && r.plan.bits < 16 }));
  const unpriced = costs.filter((c) => !c.cheapest).map((c) => ({ name: c.name, reason: `no paid listing; ${(c.selfHostReason ?? "").replace(/\.$/, "").toLowerCase()}` }));
  const base = { volumeWords: volumeWords(v), ranked, unpriced, crossover: null, crossoverTokensPerMonth: [] };
  const [lead, next] = ranked;
  if (!lead) return { ...base, verdict: "None of these models has a price or a self-hosting estimate in the catalogue, so their costs cannot be compared." };
  if (!next) return { ...base, verdict: `Only ${lead.name} can be costed: ${formatMonthlyUsd(lead.monthlyUsd)} a month ${lead.how}.` };
  if (v.totalTokens === 0)
    return { ...base, verdict: "At zero tokens a month every API costs nothing while self-hosting still pays for an idle server: enter your volume to compare." };

  const leadCosts = costs.find((c) => c.slug === lead.slug);
  const nextCosts = costs.find((c) => c.slug === next.slug);
  const crossings = leadCosts && nextCosts ? crossoverTokensPerMonth(leadCosts.curves, nextCosts.curves) : [];
  const saving = next.monthlyUsd - lead.monthlyUsd;
  const verdict =
    saving === 0
      ? `${lead.name} and ${next.name} cost the same at your volume: ${formatMonthlyUsd(lead.monthlyUsd)} a month.`
      : `${lead.name} is ${ranked.length > 2 ? "the cheapest" : "cheaper"} at your volume: ${formatMonthlyUsd(lead.monthlyUsd)} a month, ` +
        `${formatMonthlyUsd(saving)} (${Math.round((saving / next.monthlyUsd) * 100)}%) less than ${next.name}.`;

  const above = crossings.find((x) => x > v.totalTokens);
  const below = [...crossings].reverse().find((x) => x < v.totalTokens);
  /** How the runner-up wins there, when that is not how it is costed at the reader's volume. */
  const nextHowAt = (tokens: number) => {
    const r = nextCosts ? cheapestRouteAt(nextCosts, tokens) : null;
    return r && routeWords(r) !== next.how ? `, ${routeWords(r)}` : "";
  };
  const mix = "(at the same input/output mix)";
  let crossover: string;
  if (saving === 0) crossover = `They are level only at this volume ${mix}.`;
  else if (above !== undefined) crossover = `From ${formatTokenCount(above)} tokens a month ${mix}, ${next.name} becomes cheaper${nextHowAt(above * 1.01)}.`;
  else if (below !== undefined) crossover = `Below ${formatTokenCount(below)} tokens a month ${mix}, ${next.name} is cheaper${nextHowAt(below * 0.99)}.`;
  else crossover = `${next.name} is not cheaper at any volume ${mix}.`;
  return { ...base, verdict, crossover, crossoverTokensPerMonth: crossings };
}
