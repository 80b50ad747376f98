/**
 * The part of the standard canvas API the export draws with. Both `@napi-rs/canvas` (Node) and
 * an HTMLCanvasElement (browser) satisfy it structurally; the package has no DOM types.
 */
export interface Context2DLike {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  save(): void;
  restore(): void;
  scale(x: number, y: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  setLineDash(segments: number[]): void;
  /** Draws a decoded image (a card's picture: RenderPngOptions.images). */
  drawImage(image: never, x: number, y: number, width: number, height: number): void;
}

export interface CanvasLike {
  width: number;
  height: number;
  getContext(type: '2d'): Context2DLike | null;
  toDataURL?(type?: string): string;
}

/** Makes a canvas of the given device-pixel size (`@napi-rs/canvas`'s createCanvas has this shape). */
export type CanvasFactory = (width: number, height: number) => CanvasLike;

/** PNG bytes through `toDataURL`, the one encoder every canvas has (base64 decoded with the standard atob). */
export function toPngBytes(canvas: CanvasLike): Uint8Array {
  if (!canvas.toDataURL) throw new Error('This canvas cannot encode PNG: pass an `encode` option.');
  const url = canvas.toDataURL('image/png');
  const comma = url.indexOf(',');
  if (!url.startsWith('data:image/png') || comma < 0) throw new Error('The canvas did not produce a PNG.');
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
