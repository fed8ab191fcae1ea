// The best open and the best closed score on one quality measure (a benchmark
// in one setting) over time, as step series: at each release date, the best
// score released so far.
import { formatPartialDate } from "../dates";
import { isOpen, timeOf, type InsightModel, type Unplotted } from "./insight-model";
import { qualityMeasures, scoreOn, type QualityMeasure } from "./quality-measure";

type GapModel = Pick<InsightModel, "slug" | "name" | "access" | "releaseDate" | "releaseDatePrecision" | "benchmarks">;

export interface GapStep {
  /** Epoch ms of the release date. */
  t: number;
  date: string;
  /** The date at the precision it was published with (2023-05, not 2023-05-01). */
  released: string;
  bestOpen: number | null;
  bestOpenModel: string | null;
  bestClosed: number | null;
  bestClosedModel: string | null;
  /** bestClosed − bestOpen in score points; positive = closed ahead; null until both exist. */
  gapPoints: number | null;
  /** A model released on this date set a new best for its side (where the chart draws a dot). */
  newBestOpen: boolean;
  newBestClosed: boolean;
}

export interface GapSource {
  slug: string;
  name: string;
  open: boolean;
  score: number;
  setting: string | null;
  releaseDate: string;
  /** The release date at its published precision. */
  released: string;
  sourceUrl: string;
  asOf: string;
}

export interface GapSeries {
  measure: QualityMeasure;
  steps: GapStep[];
  /** Every score the steps are built from, oldest release first. */
  sources: GapSource[];
  /** How many open and closed models have a score: a lead built on two closed scores is weak evidence. */
  counts: { open: number; closed: number };
  /** The first date both sides had a score, and the gap then. */
  first: { date: string; gapPoints: number } | null;
  /** The gap at the last date. */
  latest: { date: string; gapPoints: number } | null;
  /** The first date the best open score reached the best closed one, if ever. */
  openCaughtUp: string | null;
  unplotted: Unplotted[];
}

/** Measures on which both open and closed models have dated scores, most-scored first. */
export function gapMeasures(models: readonly GapModel[]): QualityMeasure[] {
  return qualityMeasures(models.filter((m) => timeOf(m.releaseDate) !== null)).filter((q) => q.counts.open > 0 && q.counts.closed > 0);
}

/** Step series of the best open vs best closed score on `measure` by release date. */
export function performanceGap(models: readonly GapModel[], measure: QualityMeasure): GapSeries {
  const sources: GapSource[] = [];
  const unplotted: Unplotted[] = [];
  for (const m of models) {
    const s = scoreOn(m, measure);
    if (!s) continue;
    if (m.releaseDate === null || timeOf(m.releaseDate) === null) {
      unplotted.push({ slug: m.slug, name: m.name, access: m.access, reason: "release date unknown" });
      continue;
    }
    sources.push({ slug: m.slug, name: m.name, open: isOpen(m.access), score: s.score, setting: s.setting, releaseDate: m.releaseDate, released: formatPartialDate(m.releaseDate, m.releaseDatePrecision), sourceUrl: s.sourceUrl, asOf: s.publishedOn });
  }
  sources.sort((a, b) => a.releaseDate.localeCompare(b.releaseDate) || a.name.localeCompare(b.name));

  const steps: GapStep[] = [];
  let open: GapSource | null = null;
  let closed: GapSource | null = null;
  for (const s of sources) {
    const sameDay = steps.at(-1)?.date === s.releaseDate ? steps.at(-1) : undefined;
    let newBestOpen = sameDay?.newBestOpen ?? false;
    let newBestClosed = sameDay?.newBestClosed ?? false;
    if (s.open && (!open || s.score > open.score)) [open, newBestOpen] = [s, true];
    if (!s.open && (!closed || s.score > closed.score)) [closed, newBestClosed] = [s, true];
    const step: GapStep = {
      t: timeOf(s.releaseDate) as number,
      date: s.releaseDate,
      released: s.released,
      bestOpen: open?.score ?? null,
      bestOpenModel: open?.name ?? null,
      bestClosed: closed?.score ?? null,
      bestClosedModel: closed?.name ?? null,
      gapPoints: open && closed ? round1(closed.score - open.score) : null,
      newBestOpen,
      newBestClosed,
    };
    // Models released the same day collapse into one step holding the day's best.
    if (sameDay) steps[steps.length - 1] = step;
    else steps.push(step);
  }

  const withGap = steps.filter((s): s is GapStep & { gapPoints: number } => s.gapPoints !== null);
  const firstGap = withGap[0];
  const lastGap = withGap.at(-1);
  return {
    measure,
    steps,
    sources,
    counts: { open: sources.filter((x) => x.open).length, closed: sources.filter((x) => !x.open).length },
    first: firstGap ? { date: firstGap.date, gapPoints: firstGap.gapPoints } : null,
    latest: lastGap ? { date: lastGap.date, gapPoints: lastGap.gapPoints } : null,
    openCaughtUp: withGap.find((s) => s.gapPoints <= 0)?.date ?? null,
    unplotted,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Every best-so-far value a series draws (for its axis range). */
export function stepValues(series: GapSeries): number[] {
  return series.steps.flatMap((s) => [s.bestOpen, s.bestClosed]).filter((v): v is number => v !== null);
}
