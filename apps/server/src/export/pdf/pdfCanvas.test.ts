import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findFontFiles, type PdfFonts, registerFonts } from './fonts';
import { PdfCanvas, splitRuns } from './pdfCanvas';

const fonts = (fallback: string | null): PdfFonts => ({
  regular: 'body',
  bold: 'bold',
  italic: 'italic',
  fallback,
  needsFallback: (code) => code >= 0x1f000,
});

describe('splitRuns', () => {
  it('draws the characters the main font lacks with the fallback, joiners and variation selectors with their emoji', () => {
    expect(splitRuns('Photos 🌞 magnifiques', fonts('emoji'))).toEqual([
      { text: 'Photos ', fallback: false },
      { text: '🌞', fallback: true },
      { text: ' magnifiques', fallback: false },
    ]);
    expect(splitRuns('👨‍👩‍👧 ok', fonts('emoji'))).toEqual([
      { text: '👨‍👩‍👧', fallback: true },
      { text: ' ok', fallback: false },
    ]);
    expect(splitRuns('Noël, « été » →', fonts('emoji'))).toEqual([{ text: 'Noël, « été » →', fallback: false }]);
    expect(splitRuns('a🌞', fonts(null))).toEqual([{ text: 'a🌞', fallback: false }]);
  });

  it('measures text in the embedded fonts, emoji included, and centres it as canvas does', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const ctx = new PdfCanvas(doc, registerFonts(doc, findFontFiles()));
    doc.addPage();
    ctx.font = '12px sans-serif';
    const plain = ctx.measureText('Parcours').width;
    expect(plain).toBeGreaterThan(40);
    expect(plain).toBeLessThan(70);
    ctx.font = 'bold 12px sans-serif';
    expect(ctx.measureText('Parcours').width).toBeGreaterThan(plain);
    ctx.font = '24px sans-serif';
    expect(ctx.measureText('Parcours').width).toBeCloseTo(plain * 2, 5);
    doc.end();
  });
});
