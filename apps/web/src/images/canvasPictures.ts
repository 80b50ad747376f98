/**
 * Card pictures for the canvas: each image address is loaded once into an HTMLImageElement and kept
 * (least recently used first out, bounded), and the canvas is asked to redraw when one arrives.
 * Owned by one canvas layer (not module state).
 */
export class CanvasPictures {
  private readonly images = new Map<string, HTMLImageElement>();
  private readonly failed = new Set<string>();

  constructor(
    private readonly onLoad: () => void,
    private readonly capacity = 400,
  ) {}

  /** The decoded image at `url`, or undefined while it loads (it starts loading on the first ask). */
  get(url: string): HTMLImageElement | undefined {
    const known = this.images.get(url);
    if (known) {
      this.images.delete(url);
      this.images.set(url, known);
      return known.complete && known.naturalWidth > 0 ? known : undefined;
    }
    if (this.failed.has(url)) return undefined;
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => this.onLoad();
    img.onerror = () => {
      this.images.delete(url);
      this.failed.add(url);
    };
    img.src = url;
    this.images.set(url, img);
    while (this.images.size > this.capacity) {
      const oldest = this.images.keys().next().value;
      if (oldest === undefined) break;
      this.images.delete(oldest);
    }
    return undefined;
  }
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The largest rectangle of the image's proportions inside `box`, centred. */
export function fitInside(width: number, height: number, box: Box): Box {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
