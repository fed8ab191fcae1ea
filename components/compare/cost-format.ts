// Number formats for the cost calculator (kept apart from the chart so they load without Recharts).
import { formatParameters } from "@/lib/domain/format";

/** 112_000_000 → "112M", 2e9 → "2B": token volumes read like parameter counts. */
export const formatCount = (n: number) => formatParameters(Math.round(n));
/** Whole dollars for a monthly bill; cents only under $10. */
export const formatMonthlyUsd = (usd: number) => `$${usd.toLocaleString("en-US", { maximumFractionDigits: usd < 10 ? 2 : 0 })}`;
