// Writes RFC 4180 CSV: a field with a comma, quote or line break is quoted and its quotes
// doubled. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
// get a leading apostrophe, so an exported partner name like "=HYPERLINK(…)" stays text.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell. Numbers are written as they are (a negative amount is not a formula). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document with CRLF line ends (as RFC 4180 says), header first. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
