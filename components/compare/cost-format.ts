// Number formats for the cost calculator (kept apart from the chart so they load without Recharts).
export { formatMonthlyUsd, formatTokenCount as formatCount } from "@/lib/domain/format";
