/** Writing CSV (RFC 4180): the one place that knows how a cell is quoted. */

export type CsvSeparator = ',' | ';';

/**
 * Spreadsheets run a cell that starts like a formula (CSV injection); a participant's text must stay
 * text, so such cells get a leading apostrophe, the spreadsheet's own "this is text" mark (Excel
 * hides it). Spreadsheets skip leading blanks and read full-width signs (as a Japanese keyboard
 * types them) like ASCII ones, so ` =1+1` and `＝1+1` count too. A dash counts whatever follows it:
 * `- 2+3` is a formula, and `- liste` would show as #NAME? if it were left alone.
 */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

function neutralize(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
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
