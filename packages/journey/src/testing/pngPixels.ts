import { createCanvas, loadImage } from '@napi-rs/canvas';

/** A PNG decoded to RGBA bytes, row by row (with @napi-rs/canvas: for tests of the exports, in Node only). */
export async function decodePng(png: Uint8Array): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/** Reads a PNG's colour at (x, y), rounded to the nearest pixel, as `#rrggbb`. */
export async function pixels(png: Uint8Array): Promise<(x: number, y: number) => string> {
  const { width, data } = await decodePng(png);
  return (x, y) => {
    const at = (Math.round(y) * width + Math.round(x)) * 4;
    const hex = (n: number) => data[at + n]!.toString(16).padStart(2, '0');
    return `#${hex(0)}${hex(1)}${hex(2)}`;
  };
}
