// Published dates come as YYYY, YYYY-MM or YYYY-MM-DD; we keep the precision.

export type DatePrecision = "year" | "month" | "day";

export function parsePartialDate(value: string): { date: Date; precision: DatePrecision } {
  const [year, month, day] = value.split("-");
  const precision: DatePrecision = day ? "day" : month ? "month" : "year";
  return { date: new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1))), precision };
}

/** Renders a stored date at the precision it was published with. */
export function formatPartialDate(date: Date | string, precision: DatePrecision): string {
  const iso = (typeof date === "string" ? new Date(date) : date).toISOString();
  return precision === "day" ? iso.slice(0, 10) : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The inclusive range a YYYY / YYYY-MM / YYYY-MM-DD bound covers. */
export function partialDateRange(value: string): { start: Date; end: Date } {
  const { date, precision } = parsePartialDate(value);
  const end = new Date(date);
  if (precision === "year") end.setUTCFullYear(end.getUTCFullYear() + 1);
  else if (precision === "month") end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCDate(end.getUTCDate() + 1);
  end.setUTCMilliseconds(-1);
  return { start: date, end };
}
