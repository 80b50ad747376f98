/** Writing CSV (RFC 4180): the one place that knows how a cell is quoted. */

export type CsvSeparator = ',' | ';';

/**
 * Spreadsheets run a cell that starts like a formula (CSV injection); a participant's text must stay
 * text, so such cells get a leading apostrophe, the spreadsheet's own "this is text" mark. A dash
 * followed by a space ("- simplifier") is a list item, not a formula, and is left alone.
 */
function neutralize(value: string): string {
  return /^[=+@\t\r]|^-[^\s]/.test(value) ? `'${value}` : value;
}

/** One cell: quoted when it holds the separator, a quote, or a line break; quotes doubled. */
export function toCsvCell(value: string | number, separator: CsvSeparator): string {
  const text = typeof value === 'number' ? String(value) : neutralize(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Lines end with CRLF, as RFC 4180 and Excel expect; a BOM makes Excel read UTF-8 (accents) correctly. */
export function toCsv(
  rows: readonly (readonly (string | number)[])[],
  options: { separator?: CsvSeparator; bom?: boolean } = {},
): string {
  const separator = options.separator ?? ',';
  const body = rows.map((row) => row.map((cell) => toCsvCell(cell, separator)).join(separator)).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}
