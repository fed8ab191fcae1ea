// Human formatting shared by tables, pages, charts and exports.
// Unknown is "—", never 0.

export const UNKNOWN = "—";

// Three significant digits in K/M/B/T: "6.7B", "176B", "11.8B", "$5.58M".
const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 });
const COMPACT_USD = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3, style: "currency", currency: "USD" });

/** 110e6 → "110M", 6.7e9 → "6.7B", 1.76e11 → "176B", 1.2e12 → "1.2T". */
export function formatParameters(count: number | null): string {
  return count === null ? UNKNOWN : COMPACT.format(count);
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
  // Context windows are usually powers of two, written in binary units.
  if (tokens >= 1_000_000 && tokens % 1_048_576 === 0) return `${tokens / 1_048_576}M`;
  if (tokens >= 1024 && tokens < 1_000_000 && tokens % 1024 === 0) return `${tokens / 1024}K`;
  return COMPACT.format(tokens);
}

export function formatScore(score: number | null, digits = 1): string {
  return score === null ? UNKNOWN : score.toFixed(digits);
}

/** Large USD amounts: 200000 → "$200K", 5576000 → "$5.58M". */
export function formatUsdAmount(value: number | null): string {
  return value === null ? UNKNOWN : COMPACT_USD.format(value);
}

/** A monthly bill: whole dollars with separators, cents only under $10 ("$3,920", "$4.38"). */
export function formatMonthlyUsd(usd: number): string {
  return `$${usd.toLocaleString("en-US", { maximumFractionDigits: usd < 10 ? 2 : 0 })}`;
}

/** Token volumes read like parameter counts: 112_000_000 → "112M", 2e9 → "2B". */
export function formatTokenCount(tokens: number): string {
  return formatParameters(Math.round(tokens));
}
