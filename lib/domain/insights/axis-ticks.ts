// Axis domains and ticks for the insights charts, computed here so the
// chart components only draw.

export interface AxisScale {
  domain: [number, number];
  ticks: number[];
}

/** Powers of ten spanning the positive values (for log axes); [1, 10] when there are none. */
export function logTicks(values: readonly number[]): AxisScale {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return { domain: [1, 10], ticks: [1, 10] };
  const lo = Math.floor(Math.log10(Math.min(...positive)));
  let hi = Math.ceil(Math.log10(Math.max(...positive)));
  if (hi === lo) hi = lo + 1;
  const ticks: number[] = [];
  // Exponents, not repeated multiplication, so ticks are exact (0.01, not 0.010000000000000002).
  for (let e = lo; e <= hi; e++) ticks.push(Number(`1e${e}`));
  return { domain: [ticks[0] as number, ticks[ticks.length - 1] as number], ticks };
}

/** Round-number ticks every `step` spanning the values, clamped to [floor, ceiling]. */
export function linearTicks(values: readonly number[], step: number, floor = Number.NEGATIVE_INFINITY, ceiling = Number.POSITIVE_INFINITY): AxisScale {
  const known = values.filter((v) => Number.isFinite(v));
  if (known.length === 0 || !(step > 0)) return { domain: [0, step > 0 ? step : 1], ticks: [0, step > 0 ? step : 1] };
  const lo = Math.max(floor, Math.floor(Math.min(...known) / step) * step);
  let hi = Math.min(ceiling, Math.ceil(Math.max(...known) / step) * step);
  if (hi <= lo) hi = lo + step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 1e6; i++) ticks.push(Math.round((lo + i * step) * 1e6) / 1e6);
  return { domain: [lo, hi], ticks };
}

const yearStart = (year: number) => Date.UTC(year, 0, 1);

/** 1 January of each year spanning the times (every other year beyond a decade). */
export function yearTicks(times: readonly number[]): AxisScale {
  const known = times.filter((t) => Number.isFinite(t));
  const now = new Date().getUTCFullYear();
  const first = known.length ? new Date(Math.min(...known)).getUTCFullYear() : now;
  const last = known.length ? new Date(Math.max(...known)).getUTCFullYear() + 1 : now + 1;
  const step = last - first > 10 ? 2 : 1;
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(yearStart(y));
  return { domain: [yearStart(first), Math.max(yearStart(last), ticks[ticks.length - 1] as number)], ticks };
}

/** The UTC year of an epoch-ms tick, for axis labels. */
export function yearLabel(t: number): string {
  return String(new Date(t).getUTCFullYear());
}

/** Ticks from 0 at a round step (1, 2 or 5 × a power of ten) spanning the largest value, about `count` of them. */
export function zeroBasedTicks(values: readonly number[], count = 5): AxisScale {
  const top = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  if (top === 0) return { domain: [0, 1], ticks: [0, 1] };
  const raw = top / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const { domain, ticks } = linearTicks([0, top], step, 0);
  // Decimal steps (0.1 × 3) drift in binary floating point; round them back.
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  return { domain: [round(domain[0]), round(domain[1])], ticks: ticks.map(round) };
}
