/**
 * The fonts embedded in exported PDFs: DejaVu Sans (Debian's fonts-dejavu-core: Latin with every
 * French accent, Greek, Cyrillic, arrows and many symbols) and, when installed, Symbola
 * (fonts-symbola) for the emoji DejaVu lacks, drawn in black and white: PDF has no portable colour
 * emoji. PDFKit embeds the subset of glyphs used.
 */
import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';

const DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/local/share/fonts/dejavu'];
const FALLBACKS = [
  '/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf',
  '/usr/share/fonts/truetype/ancient-scripts/Symbola.ttf',
  '/usr/share/fonts/truetype/symbola/Symbola.ttf',
];

export interface PdfFonts {
  readonly regular: string;
  readonly bold: string;
  readonly italic: string;
  /** Registered name of the emoji font, null when none is installed. */
  readonly fallback: string | null;
  /** True when the main font has no glyph for this code point and the fallback has one. */
  needsFallback(codePoint: number): boolean;
}

export class MissingFontError extends Error {
  override readonly name = 'MissingFontError';
}

interface FontFiles {
  readonly regular: string;
  readonly bold: string;
  readonly italic: string;
  readonly fallback: string | null;
}

/** Where the fonts are on this machine; PDF_FONT_DIR (a directory with DejaVuSans*.ttf) comes first. */
export function findFontFiles(env: Readonly<Record<string, string | undefined>> = process.env): FontFiles {
  const dirs = env.PDF_FONT_DIR ? [env.PDF_FONT_DIR, ...DIRS] : DIRS;
  const dir = dirs.find((d) => existsSync(`${d}/DejaVuSans.ttf`) && existsSync(`${d}/DejaVuSans-Bold.ttf`));
  if (!dir) {
    throw new MissingFontError(
      'PDF export needs the DejaVu Sans fonts (Debian/Ubuntu: apt-get install fonts-dejavu-core), or PDF_FONT_DIR set to a directory holding DejaVuSans.ttf and DejaVuSans-Bold.ttf',
    );
  }
  const italic = existsSync(`${dir}/DejaVuSans-Oblique.ttf`)
    ? `${dir}/DejaVuSans-Oblique.ttf`
    : `${dir}/DejaVuSans.ttf`;
  return {
    regular: `${dir}/DejaVuSans.ttf`,
    bold: `${dir}/DejaVuSans-Bold.ttf`,
    italic,
    fallback: FALLBACKS.find((f) => existsSync(f)) ?? null,
  };
}

/** Registers the fonts on a new document and returns their names. */
export function registerFonts(doc: PDFKit.PDFDocument, files: FontFiles = findFontFiles()): PdfFonts {
  doc.registerFont('body', files.regular);
  doc.registerFont('bold', files.bold);
  doc.registerFont('italic', files.italic);
  if (files.fallback) doc.registerFont('emoji', files.fallback);
  // Opened again per document (a few milliseconds), so no state outlives an export.
  const main = fontkit.openSync(files.regular) as fontkit.Font;
  const fallback = files.fallback ? (fontkit.openSync(files.fallback) as fontkit.Font) : null;
  const cache = new Map<number, boolean>();
  return {
    regular: 'body',
    bold: 'bold',
    italic: 'italic',
    fallback: files.fallback ? 'emoji' : null,
    needsFallback(code) {
      let answer = cache.get(code);
      if (answer === undefined) {
        answer = !main.hasGlyphForCodePoint(code) && (fallback?.hasGlyphForCodePoint(code) ?? false);
        cache.set(code, answer);
      }
      return answer;
    },
  };
}
