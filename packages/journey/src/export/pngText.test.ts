import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { crc32, isPng, MAX_PNG_CHUNKS, PngError, readPngSize, readPngText, withPngText } from './pngText';

function smallPng(): Uint8Array {
  const canvas = createCanvas(3, 2);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ff0000';
  ctx.fillRect(0, 0, 3, 2);
  return new Uint8Array(canvas.toBuffer('image/png'));
}

/** Every chunk's CRC, recomputed, equals the stored one. */
function crcsAreValid(png: Uint8Array): boolean {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) return false;
    at += 12 + length;
  }
  return true;
}

describe('PNG text chunks', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('stores UTF-8 text before IEND with valid CRCs, and reads it back', () => {
    const text = '{"title":"Parcours d’achat — été 😀"}';
    const png = withPngText(smallPng(), 'parcours/journey-map', text);
    expect(isPng(png)).toBe(true);
    expect(crcsAreValid(png)).toBe(true);
    expect(new TextDecoder().decode(png.subarray(png.length - 8, png.length - 4))).toBe('IEND');
    expect(readPngText(png, 'parcours/journey-map')).toBe(text);
    expect(readPngText(png, 'other')).toBeNull();
    expect(readPngSize(png)).toEqual({ width: 3, height: 2 });
  });

  it('keeps the image decodable by a real PNG decoder', async () => {
    const { loadImage } = await import('@napi-rs/canvas');
    const image = await loadImage(Buffer.from(withPngText(smallPng(), 'k', 'x'.repeat(10_000))));
    expect([image.width, image.height]).toEqual([3, 2]);
  });

  it('replaces an earlier text with the same keyword instead of adding a second one', () => {
    const once = withPngText(smallPng(), 'k', 'first');
    const twice = withPngText(once, 'k', 'second');
    expect(readPngText(twice, 'k')).toBe('second');
    expect(twice.length).toBe(once.length + 1);
  });

  it('refuses keywords the PNG spec forbids', () => {
    for (const keyword of ['', ' lead', 'trail ', 'two  spaces', 'k'.repeat(80), 'émoji😀']) {
      expect(() => withPngText(smallPng(), keyword, 'x'), keyword).toThrow(PngError);
    }
    expect(readPngText(withPngText(smallPng(), 'Parcours map é', 'x'), 'Parcours map é')).toBe('x');
  });

  it('refuses bytes that are not a PNG and truncated files', () => {
    expect(() => readPngText(new TextEncoder().encode('GIF89a....'), 'k')).toThrow(PngError);
    const png = withPngText(smallPng(), 'k', 'text');
    expect(() => readPngText(png.subarray(0, png.length - 20), 'k')).toThrow(PngError);
  });

  it('gives up on a file of countless empty chunks, and still reads an image cut into many IDAT chunks', () => {
    const withText = withPngText(smallPng(), 'k', 'text');
    const iend = withText.length - 12;
    const padded = (count: number) => {
      // Signature and IHDR, then `count` empty chunks (12 bytes each: length 0, type, CRC), then the text and IEND.
      const headEnd = 8 + 25;
      const out = new Uint8Array(withText.length + count * 12);
      out.set(withText.subarray(0, headEnd), 0);
      const empty = new Uint8Array(12);
      new DataView(empty.buffer).setUint32(4, 0x49444154); // "IDAT"
      new DataView(empty.buffer).setUint32(8, crc32(empty.subarray(4, 8)));
      for (let i = 0; i < count; i++) out.set(empty, headEnd + i * 12);
      out.set(withText.subarray(headEnd, iend + 12), headEnd + count * 12);
      return out;
    };
    expect(readPngText(padded(1_300), 'k')).toBe('text');
    const hostile = padded(870_000);
    expect(() => readPngText(hostile, 'k')).toThrow(PngError);
    expect(() => readPngText(hostile, 'k')).toThrow(`more than ${MAX_PNG_CHUNKS} chunks`);
  });
});
