/**
 * Text chunks (iTXt, UTF-8, uncompressed) in PNG bytes, so an exported image can carry the whole
 * board and be imported back. Pure byte work: no canvas, no zlib, works in Node and browsers.
 * PNG layout: 8-byte signature, then chunks of length(4, big-endian) type(4) data crc(4),
 * the CRC covering type and data; IEND comes last.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Chunks read before giving up. Encoders (libpng, Skia in Chrome and @napi-rs/canvas) cut the pixels
 * into 8 KB IDAT chunks, so a 10 MB image has about 1,300 chunks; a file of hundreds of thousands of
 * empty chunks is made to stall the reader.
 */
export const MAX_PNG_CHUNKS = 20_000;

export class PngError extends Error {
  override readonly name = 'PngError';
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Chunk {
  readonly type: string;
  /** Offset of the length field. */
  readonly start: number;
  /** Offset just after the CRC. */
  readonly end: number;
  readonly data: Uint8Array;
}

function* chunks(png: Uint8Array): Generator<Chunk> {
  if (!isPng(png)) throw new PngError('Not a PNG file (wrong signature).');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = SIGNATURE.length;
  for (let count = 0; at < png.length; count++) {
    if (count >= MAX_PNG_CHUNKS) throw new PngError(`PNG with more than ${MAX_PNG_CHUNKS} chunks.`);
    if (at + 12 > png.length) throw new PngError('Truncated PNG chunk.');
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > png.length) throw new PngError('Truncated PNG chunk.');
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    yield { type, start: at, end, data: png.subarray(at + 8, at + 8 + length) };
    if (type === 'IEND') return;
    at = end;
  }
  throw new PngError('PNG without an IEND chunk.');
}

/** The PNG's pixel size, from its IHDR chunk. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  const first = chunks(png).next().value;
  if (first?.type !== 'IHDR' || first.data.length < 8) throw new PngError('PNG without an IHDR chunk.');
  const view = new DataView(first.data.buffer, first.data.byteOffset, 8);
  return { width: view.getUint32(0), height: view.getUint32(4) };
}

function checkKeyword(keyword: string): void {
  // The spec allows 1-79 Latin-1 printable characters, no leading, trailing or double spaces.
  // (No lookbehind in the regex: older Safari cannot even parse one.)
  const printable = /^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword);
  if (!printable || keyword.startsWith(' ') || keyword.endsWith(' ') || keyword.includes('  ')) {
    throw new PngError(`Invalid PNG text keyword ${JSON.stringify(keyword)}.`);
  }
}

/**
 * A copy of `png` carrying `text` under `keyword` in an iTXt chunk placed just before IEND;
 * an earlier chunk with the same keyword is replaced.
 */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  checkKeyword(keyword);
  const parts: Uint8Array[] = [];
  let iend: Chunk | null = null;
  for (const chunk of chunks(png)) {
    if (chunk.type === 'IEND') iend = chunk;
    else if (!(chunk.type === 'iTXt' && readITxt(chunk.data)?.keyword === keyword)) {
      parts.push(png.subarray(chunk.start, chunk.end));
    }
  }
  const body = new TextEncoder().encode(text);
  const head = latin1(keyword);
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0, text
  const data = new Uint8Array(head.length + 5 + body.length);
  data.set(head, 0);
  data.set(body, head.length + 5);
  parts.push(makeChunk('iTXt', data), png.subarray(iend!.start, iend!.end));
  const total = SIGNATURE.length + parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  out.set(SIGNATURE, 0);
  let at = SIGNATURE.length;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The text stored under `keyword` (iTXt uncompressed, or tEXt), or null when there is none. */
export function readPngText(png: Uint8Array, keyword: string): string | null {
  for (const chunk of chunks(png)) {
    if (chunk.type === 'iTXt') {
      const itxt = readITxt(chunk.data);
      if (itxt?.keyword !== keyword) continue;
      if (itxt.compressed)
        throw new PngError(`The "${keyword}" text of this PNG is compressed, which is not supported.`);
      return itxt.text;
    }
    if (chunk.type === 'tEXt') {
      const nul = chunk.data.indexOf(0);
      if (nul > 0 && fromLatin1(chunk.data.subarray(0, nul)) === keyword)
        return fromLatin1(chunk.data.subarray(nul + 1));
    }
  }
  return null;
}

function readITxt(data: Uint8Array): { keyword: string; compressed: boolean; text: string } | null {
  const nul = data.indexOf(0);
  if (nul <= 0 || nul + 2 >= data.length) return null;
  const keyword = fromLatin1(data.subarray(0, nul));
  const compressed = data[nul + 1] !== 0;
  const language = data.indexOf(0, nul + 3);
  const translated = language < 0 ? -1 : data.indexOf(0, language + 1);
  if (translated < 0) return null;
  const text = compressed ? '' : new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(translated + 1));
  return { keyword, compressed, text };
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

function fromLatin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** CRC-32 (ISO 3309, as PNG uses). The table is rebuilt per call (2,048 steps) to keep no module state. */
export function crc32(bytes: Uint8Array): number {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
