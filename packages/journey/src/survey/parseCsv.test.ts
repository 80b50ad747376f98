import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';

/** Windows-1252 bytes of a Latin-1 string (the characters used here are the same in both). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code === 0x20ac) return 0x80; // €
      if (code === 0x2019) return 0x92; // ’
      if (code === 0x153) return 0x9c; // œ
      if (code > 0xff) throw new Error(`not in the test table: ${ch}`);
      return code;
    }),
  );
}

const cells = (text: string | Uint8Array) => parseCsv(text).rows.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, separators and line breaks inside quoted cells, CRLF and a final line without end', () => {
    const text =
      'id,commentaire,note\r\nt1,"Très bien, rapide",5\r\nt2,"Il a dit ""bof""\r\npuis est parti",2\r\nt3,,4';
    const table = parseCsv(text);
    expect(table.separator).toBe(',');
    expect(table.rows).toEqual([
      { line: 1, cells: ['id', 'commentaire', 'note'] },
      { line: 2, cells: ['t1', 'Très bien, rapide', '5'] },
      { line: 3, cells: ['t2', 'Il a dit "bof"\r\npuis est parti', '2'] },
      { line: 5, cells: ['t3', '', '4'] },
    ]);
  });

  it('detects a semicolon file from its header and keeps decimal commas in cells', () => {
    const table = parseCsv('Point de contact;CSAT;CES\nLivraison;4,5;3\n\nSAV;"2;3";6\n');
    expect(table.separator).toBe(';');
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Point de contact', 'CSAT', 'CES'],
      ['Livraison', '4,5', '3'],
      ['SAV', '2;3', '6'],
    ]);
    expect(table.rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads UTF-8 with and without BOM, and falls back to Windows-1252 for French Excel files', () => {
    const text = 'Étape;Commentaire\r\nRéception;Très déçu, 15 € de frais, l’œuf\r\n';
    const expected = [
      ['Étape', 'Commentaire'],
      ['Réception', 'Très déçu, 15 € de frais, l’œuf'],
    ];
    const utf8 = new TextEncoder().encode(text);
    expect(cells(utf8)).toEqual(expected);
    expect(parseCsv(utf8).encoding).toBe('utf-8');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(cells(withBom)).toEqual(expected);
    const excel = parseCsv(cp1252(text));
    expect(excel.encoding).toBe('windows-1252');
    expect(excel.rows.map((r) => r.cells)).toEqual(expected);
    expect(cells(`\uFEFF${text}`)).toEqual(expected);
  });

  it('honours an explicit separator and encoding, and warns about an unclosed quote', () => {
    expect(cells('a;b,c')).toEqual([['a', 'b,c']]);
    expect(parseCsv('a;b,c', { separator: ',' }).rows[0]!.cells).toEqual(['a;b', 'c']);
    const latin = parseCsv(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), { encoding: 'windows-1252' });
    expect(latin.rows[0]!.cells).toEqual(['Café']);
    expect(() => parseCsv(new Uint8Array([0xe9]), { encoding: 'utf-8' })).toThrow(/not valid UTF-8/);
    const broken = parseCsv('a,"b\nc');
    expect(broken.rows).toEqual([{ line: 1, cells: ['a', 'b\nc'] }]);
    expect(broken.warnings).toEqual(['line 1: a quoted cell is not closed before the end of the file']);
  });

  it('keeps empty quoted cells and rows of empty cells, and reads tab-separated files', () => {
    expect(cells('"",x\n;;\n')).toEqual([['', 'x'], [';;']]);
    expect(cells('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cells('')).toEqual([]);
  });
});
