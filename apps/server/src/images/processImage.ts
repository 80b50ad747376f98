/**
 * Turns uploaded bytes into what is stored: checked by their magic bytes (never the file name or
 * the client's MIME type), decoded with a pixel limit read from the header (a 50,000 x 50,000 PNG
 * of a few KB is refused before any pixel is allocated), the first frame of an animation, turned
 * upright by its EXIF orientation, scaled so its longest side is at most 2,048 px, re-encoded
 * without any metadata (EXIF, GPS, XMP, ICC comments are dropped), plus a thumbnail for the
 * zoomed-out canvas. A truncated or corrupt file fails the decode: nothing is stored.
 */
import { createHash } from 'node:crypto';
import { IMAGE_MAX_SIDE } from '@parcours/journey';
import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Metadata, type Sharp } from 'sharp';
import type { ImageMime, NewImage } from './imageStore';

/** Longest side of the thumbnail drawn when the canvas is zoomed out. */
export const THUMB_MAX_SIDE = 320;

/** What is accepted, by the type its bytes show. SVG is never accepted (scripts, external fetches). */
const ACCEPTED = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif']);

// No operation cache: uploads are bounded by the queue (imageProcessor.ts), and memory stays
// proportional to the images being decoded. libvips keeps its default threads (one per core).
sharp.cache(false);

export class ImageRefused extends Error {
  constructor(
    message: string,
    readonly statusCode: 400 | 413 | 415 = 400,
  ) {
    super(message);
    this.name = 'ImageRefused';
  }
}

export async function processImage(input: Uint8Array, options: { maxPixels: number }): Promise<NewImage> {
  const type = await fileTypeFromBuffer(input);
  if (!type || !ACCEPTED.has(type.mime)) {
    throw new ImageRefused(
      `not an accepted image (${type ? type.mime : 'unknown type'}): send a PNG, JPEG, WebP, GIF or AVIF file`,
      415,
    );
  }
  const source = () =>
    sharp(input, {
      limitInputPixels: options.maxPixels,
      // A truncated or corrupt file is an error, not a half-grey picture.
      failOn: 'warning',
      // GIF, WebP, AVIF animations: the first frame only.
      pages: 1,
      sequentialRead: true,
    });
  let meta: Metadata;
  try {
    meta = await source().metadata();
  } catch (err) {
    throw refusedDecode(err);
  }
  const pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0);
  if (!meta.width || !meta.height) throw new ImageRefused('this image has no size: it may be corrupt');
  if (pixels > options.maxPixels) {
    throw new ImageRefused(
      `this image is too large (${meta.width} x ${meta.height} pixels; at most ${options.maxPixels} pixels)`,
      413,
    );
  }
  // Opaque images become JPEG (photos, screenshots of pages), those with transparency PNG.
  const mime: ImageMime = meta.hasAlpha ? 'image/png' : 'image/jpeg';
  try {
    const full = await encode(source(), IMAGE_MAX_SIDE, mime);
    // From the scaled image, not the original: decoding 2,048 px costs a fraction of 12 megapixels.
    const thumb = await encode(sharp(full.data, { failOn: 'warning' }), THUMB_MAX_SIDE, mime);
    return {
      hash: createHash('sha256').update(full.data).digest('hex'),
      mime,
      width: full.info.width,
      height: full.info.height,
      data: new Uint8Array(full.data.buffer, full.data.byteOffset, full.data.byteLength),
      thumb: new Uint8Array(thumb.data.buffer, thumb.data.byteOffset, thumb.data.byteLength),
    };
  } catch (err) {
    throw refusedDecode(err);
  }
}

function encode(image: Sharp, side: number, mime: ImageMime) {
  // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked.
  const resized = image.rotate().resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true });
  const encoded =
    mime === 'image/png'
      ? resized.png({ compressionLevel: 8, adaptiveFiltering: true })
      : // libjpeg-turbo, not mozjpeg: files about a quarter larger, encoded several times faster.
        resized.flatten({ background: '#ffffff' }).jpeg({ quality: 85 });
  return encoded.toBuffer({ resolveWithObject: true });
}

function refusedDecode(err: unknown): ImageRefused {
  if (err instanceof ImageRefused) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(message)) {
    return new ImageRefused('this image is too large in pixels (a decompression bomb?)', 413);
  }
  return new ImageRefused('this image could not be read: it is truncated or corrupt');
}

/** JPEG segments an image stored by processImage has: no EXIF (APP1), no comments, no other APPn. */
function onlyBareJpegSegments(bytes: Uint8Array): boolean {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1]!;
    if (marker === 0xda) return true; // start of scan: the headers are over
    if ((marker >= 0xe1 && marker <= 0xef) || marker === 0xfe) return false;
    at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
  }
  return false;
}

const BARE_PNG_CHUNKS = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND', 'pHYs', 'gAMA', 'cHRM', 'sRGB', 'bKGD']);

/** PNG chunks an image stored by processImage has: no text, no EXIF, no ICC profile. */
function onlyBarePngChunks(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 8 <= bytes.length) {
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!BARE_PNG_CHUNKS.has(type)) return false;
    if (type === 'IEND') return true;
    at += 12 + view.getUint32(at);
  }
  return false;
}

/**
 * An image of a board archive: kept byte for byte (so its hash, and the cards that name it, stay
 * the same) when it is what processImage stores: a JPEG or PNG of at most 2,048 px with no metadata
 * that decodes whole; anything else goes through processImage like an upload (a new hash).
 */
export async function acceptArchivedImage(input: Uint8Array, options: { maxPixels: number }): Promise<NewImage> {
  const type = await fileTypeFromBuffer(input);
  const mime = type?.mime;
  const bare =
    (mime === 'image/jpeg' && onlyBareJpegSegments(input)) || (mime === 'image/png' && onlyBarePngChunks(input));
  if (!bare) return processImage(input, options);
  try {
    const image = sharp(input, { limitInputPixels: options.maxPixels, failOn: 'warning' });
    const meta = await image.metadata();
    const { width, height } = meta;
    if (!width || !height || Math.max(width, height) > IMAGE_MAX_SIDE || meta.exif || meta.icc || meta.xmp) {
      return processImage(input, options);
    }
    // Decoding it whole proves it is not truncated; the thumbnail comes from the same decode.
    const thumb = await encode(sharp(input, { failOn: 'warning' }), THUMB_MAX_SIDE, mime as ImageMime);
    return {
      hash: createHash('sha256').update(input).digest('hex'),
      mime: mime as ImageMime,
      width,
      height,
      data: input,
      thumb: new Uint8Array(thumb.data.buffer, thumb.data.byteOffset, thumb.data.byteLength),
    };
  } catch (err) {
    throw refusedDecode(err);
  }
}
