// The compare page's first answers besides cost: which licence restricts less (and how), and
// which model scores higher where the scores were measured the same way. Pure: built from the
// same licence clauses and benchmark comparisons the table shows.
import { type BenchmarkComparison, compareBenchmarks } from "./compare-benchmarks";
import type { CompareModel } from "./compare-model";

type Licence = CompareModel["licence"];

interface Clause {
  /** In the reader's favour: a higher rank. null = unknown. */
  rank: (l: Licence) => number | null;
  /** What the licence says on this point, in a few words. */
  words: (l: Licence) => string;
}

const yesNo = (v: boolean | null, goodWhen: boolean) => (v === null ? null : v === goodWhen ? 1 : 0);

const CLAUSES: Clause[] = [
  {
    rank: (l) => (l.commercialUse === null ? null : { yes: 2, conditional: 1, no: 0 }[l.commercialUse]),
    words: (l) => (l.commercialUse === "yes" ? "commercial use without conditions" : l.commercialUse === "conditional" ? `commercial use only with conditions${l.conditions ? ` (${l.conditions.replace(/\.$/, "")})` : ""}` : "no commercial use"),
  },
  { rank: (l) => yesNo(l.useRestrictions, false), words: (l) => (l.useRestrictions ? "restricts some uses" : "no use restrictions") },
  { rank: (l) => yesNo(l.outputTrainingBan, false), words: (l) => (l.outputTrainingBan ? "bans training other models on its output" : "allows training other models on its output") },
  { rank: (l) => yesNo(l.attributionRequired, false), words: (l) => (l.attributionRequired ? "requires attribution" : "no attribution required") },
  { rank: (l) => yesNo(l.redistributionAllowed, true), words: (l) => (l.redistributionAllowed ? "allows redistribution" : "no redistribution") },
  { rank: (l) => yesNo(l.derivativesAllowed, true), words: (l) => (l.derivativesAllowed ? "allows derivatives such as fine-tunes" : "no derivatives") },
];

export interface LicenceAnswer {
  verdict: string;
  /** One line per licence: where it is freer than the other(s). */
  points: string[];
}

const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** Which licence restricts the reader less: one that is at least as free on every clause known for both and freer on one. */
export function licenceAnswer(models: readonly CompareModel[]): LicenceAnswer {
  const licences = [...new Map(models.map((m) => [m.licence.slug, m.licence])).values()];
  const usedBy = (l: Licence) => models.filter((m) => m.licence.slug === l.slug).map((m) => m.name);
  const label = (l: Licence) => `${l.name} (${list(usedBy(l))})`;
  if (licences.length === 1 && licences[0]) return { verdict: `They share one licence, ${licences[0].name}: the same terms apply to each.`, points: [] };

  const unknownIn = (l: Licence) => CLAUSES.filter((c) => c.rank(l) === null).length;
  /** Clauses on which `a` is freer than `b` (both known). */
  const freerOn = (a: Licence, b: Licence) => CLAUSES.filter((c) => (c.rank(a) ?? -1) > (c.rank(b) ?? Infinity));
  const dominates = (a: Licence, b: Licence) => freerOn(a, b).length > 0 && freerOn(b, a).length === 0;
  const winner = licences.find((a) => licences.every((b) => b === a || dominates(a, b)));
  const freerThanSome = (a: Licence) => CLAUSES.filter((c) => licences.some((b) => b !== a && freerOn(a, b).includes(c)));
  const points = licences.flatMap((l) => {
    const freer = freerThanSome(l);
    return freer.length > 0 ? [`${label(l)}: ${list(freer.map((c) => c.words(l)))}.`] : [];
  });
  const shared = CLAUSES.filter((c) => {
    const ranks = licences.map((l) => c.rank(l));
    return ranks.every((r) => r !== null && r === ranks[0]);
  }).map((c) => (licences[0] ? c.words(licences[0]) : ""));
  const sharedLine = shared.length > 0 ? [`${licences.length === 2 ? "Both" : "All"}: ${list(shared)}.`] : [];
  const unknownNote = licences.some((l) => unknownIn(l) > 0) ? " (on the clauses known for each)" : "";

  if (winner)
    return { verdict: `${winner.name} restricts less${unknownNote}: ${list(freerThanSome(winner).map((c) => c.words(winner)))}.`, points: [...points.filter((p) => !p.startsWith(`${label(winner)}:`)), ...sharedLine] };
  if (points.length === 0) return { verdict: `The licences allow the same on every clause known for each.`, points: sharedLine };
  return { verdict: `Neither licence is freer on every point${unknownNote}; each is freer on some:`, points: [...points, ...sharedLine] };
}

export interface QualityAnswer {
  verdict: string;
  /** One line per benchmark that can be ranked (a shared setting), and per one that cannot. */
  points: string[];
}

function rankedLine(c: BenchmarkComparison, names: readonly string[]): { line: string; top: string } | null {
  const scored = c.scores.flatMap((b, i) => (b === null ? [] : [{ name: names[i] ?? "", score: b.score }]));
  if (!c.comparable || scored.length < 2) return null;
  scored.sort((a, b) => (c.lowerIsBetter ? a.score - b.score : b.score - a.score));
  const top = scored[0];
  if (!top) return null;
  const tie = scored.filter((s) => s.score === top.score).length > 1;
  const scores = scored.map((s) => `${s.name} ${s.score}`).join(", ");
  return { line: `${c.name} (${c.setting}): ${scores}${tie ? " — a tie at the top" : ""}${c.lowerIsBetter ? " (lower is better)" : ""}.`, top: tie ? "" : top.name };
}

/** Which model scores higher, only where at least two scores share a stated setting; the rest are named, not ranked. */
export function qualityAnswer(models: readonly CompareModel[], quantisedSelfHost: readonly string[] = []): QualityAnswer {
  const names = models.map((m) => m.name);
  const comparisons = compareBenchmarks(models);
  const ranked = comparisons.flatMap((c) => {
    const r = rankedLine(c, names);
    return r ? [{ c, ...r }] : [];
  });
  const notRanked = comparisons
    .filter((c) => !ranked.some((r) => r.c === c))
    .map((c) => {
      const having = c.scores.flatMap((b, i) => (b === null ? [] : [names[i] ?? ""]));
      return having.length < 2 ? `${c.name}: only ${list(having)} has a score.` : `${c.name}: measured in different settings, so not ranked.`;
    });
  const quantNote = quantisedSelfHost.length > 0 ? [`Self-hosting ${list(quantisedSelfHost)} below 16-bit: expect somewhat lower scores than these, which are for the released weights.`] : [];
  const points = [...ranked.map((r) => r.line), ...notRanked, ...quantNote];
  if (ranked.length === 0) return { verdict: "No benchmark score in the catalogue was measured the same way for two of these models, so none is ranked.", points };
  const tops = [...new Set(ranked.map((r) => r.top))];
  const [only] = tops;
  if (tops.length === 1 && only) return { verdict: `${only} scores higher on ${list(ranked.map((r) => `${r.c.name} (${r.c.setting})`))}.`, points };
  return { verdict: "Neither scores higher on every benchmark measured the same way:", points };
}
