/**
 * Reading a CSV file as exported by survey tools and spreadsheets. papaparse splits rows and cells
 * (RFC 4180 quoting: separators, quotes and line breaks inside quoted cells; CRLF, LF or CR line ends;
 * lenient like spreadsheets, a stray quote inside an unquoted cell is kept as text). What it lacks is
 * here: the encoding (UTF-8 with or without BOM, UTF-16, or Windows-1252, French Excel's "CSV
 * (séparateur: point-virgule)"), the separator of French files (`;` wins a tie) and each row's line.
 */
import Papa from 'papaparse';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';
export type CsvInputSeparator = ',' | ';' | '\t';

export interface CsvRow {
  /** The file's line (1-based) where this row starts, to name it in messages. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly separator: CsvInputSeparator;
  readonly encoding: CsvEncoding;
  /** Parse problems that did not stop reading (an unclosed quote at the end of the file). */
  readonly warnings: readonly string[];
}

export interface ParseCsvOptions {
  separator?: CsvInputSeparator;
  encoding?: CsvEncoding;
}

/** Decodes bytes: a BOM decides; else UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise. */
export function decodeCsvBytes(bytes: Uint8Array, encoding?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && encoding !== 'windows-1252')
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && encoding === undefined) || encoding === 'utf-16le') {
    const body = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2) : bytes;
    return { text: new TextDecoder('utf-16le').decode(body), encoding: 'utf-16le' };
  }
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (error) {
    if (encoding === 'utf-8') throw new RangeError('This file is not valid UTF-8', { cause: error });
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F (€, ’, œ, …). Decoded here because Node's
 * TextDecoder treats 'windows-1252' as Latin-1 and would turn "15 €" into a control character.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    parts.push(
      String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b))),
    );
  }
  return parts.join('');
}

/** The separator used most outside quotes on the first line (the header); `,` when none appears. */
export function detectSeparator(text: string): CsvInputSeparator {
  // On a tie `;` wins: a comma is more likely inside a French header than a semicolon.
  const counts: Record<CsvInputSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as CsvInputSeparator[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}

export function parseCsv(input: string | Uint8Array, options: ParseCsvOptions = {}): CsvTable {
  const decoded =
    typeof input === 'string'
      ? { text: input.startsWith('\uFEFF') ? input.slice(1) : input, encoding: options.encoding ?? ('utf-8' as const) }
      : decodeCsvBytes(input, options.encoding);
  const separator = options.separator ?? detectSeparator(decoded.text);
  const { rows, warnings } = splitRows(decoded.text, separator);
  return { rows, separator, encoding: decoded.encoding, warnings };
}

function splitRows(text: string, separator: string): { rows: CsvRow[]; warnings: string[] } {
  const rows: CsvRow[] = [];
  const warnings: string[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    step: ({ data, errors, meta }) => {
      const raw = text.slice(start, meta.cursor);
      // A blank line is no row; a line of empty cells (";;") or a quoted empty cell ("") is one.
      if (!(data.length === 1 && data[0] === '' && raw.trim() === '')) rows.push({ line, cells: data });
      if (errors.some((e) => e.code === 'MissingQuotes')) {
        warnings.push(`line ${line}: a quoted cell is not closed before the end of the file`);
      }
      line += lineBreaks(raw);
      start = meta.cursor;
    },
  });
  return { rows, warnings };
}

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
