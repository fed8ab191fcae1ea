// Human formatting shared by tables, pages, charts and exports.
// Unknown is "—", never 0.

export const UNKNOWN = "—";

/** 110e6 → "110M", 6.7e9 → "6.7B", 1.76e11 → "176B", 1.2e12 → "1.2T". */
export function formatParameters(count: number | null): string {
  if (count === null) return UNKNOWN;
  const units: Array<[number, string]> = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]];
  for (const [size, unit] of units) {
    if (count >= size) return `${trimNumber(count / size)}${unit}`;
  }
  return String(count);
}

function trimNumber(n: number): string {
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  return String(Number(n.toFixed(digits)));
}

/** USD per 1M tokens: "$0.15", "$30", "$0.075". */
export function formatUsd(value: number | null): string {
  if (value === null) return UNKNOWN;
  if (value === 0) return "$0";
  const digits = value >= 100 ? 0 : value >= 1 ? 2 : value >= 0.1 ? 3 : 4;
  return `$${Number(value.toFixed(digits)).toLocaleString("en-US", { maximumFractionDigits: digits })}`;
}

/** Tokens of context: 2048 → "2K", 131072 → "128K", 1048576 → "1M". */
export function formatTokens(tokens: number | null): string {
  if (tokens === null) return UNKNOWN;
  if (tokens >= 1_000_000 && tokens % 1_048_576 === 0) return `${tokens / 1_048_576}M`;
  if (tokens >= 1_000_000) return `${trimNumber(tokens / 1_000_000)}M`;
  if (tokens >= 1024 && tokens % 1024 === 0) return `${tokens / 1024}K`;
  if (tokens >= 1000) return `${trimNumber(tokens / 1000)}K`;
  return String(tokens);
}

export function formatScore(score: number | null, digits = 1): string {
  return score === null ? UNKNOWN : score.toFixed(digits);
}

/** Large USD amounts: 200000 → "$200K", 5576000 → "$5.58M". */
export function formatUsdAmount(value: number | null): string {
  if (value === null) return UNKNOWN;
  if (value >= 1e6) return `$${trimNumber(value / 1e6)}M`;
  if (value >= 1e3) return `$${trimNumber(value / 1e3)}K`;
  return `$${trimNumber(value)}`;
}
