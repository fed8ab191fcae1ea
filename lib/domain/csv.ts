// CSV for the catalogue export: RFC 4180 quoting, plus neutralising cells a
// spreadsheet would run as a formula (OWASP "CSV injection").

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formulas defused with a leading apostrophe, then quoted if needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
