/**
 * A board's PNG from its encoded Yjs state: what an export worker runs (exportWorker.ts). Pure
 * but for the native canvas, so it is also callable in-process (tests).
 */
import type { Canvas } from '@napi-rs/canvas';
import { layoutMap, migrate, renderPng, toJson } from '@parcours/journey';
import * as Y from 'yjs';

export interface PngJob {
  /** The board as Yjs updates (the stored snapshot and log, or the live doc's encoding). */
  readonly updates: readonly Uint8Array[];
  readonly journeyId?: string;
  readonly pixelRatio: number;
  /** Cap on width x height of the image in device pixels; the ratio is lowered to fit it. */
  readonly maxPixels: number;
}

export type PngResult =
  | { readonly ok: true; readonly png: Uint8Array; readonly title: string; readonly pixelRatio: number }
  | { readonly ok: false; readonly error: 'journey not found' | 'too large' };

/** renderPng draws at a pixel ratio of at least this. */
const MIN_RATIO = 0.5;

export async function renderBoardPng(job: PngJob): Promise<PngResult> {
  const doc = new Y.Doc();
  let json: ReturnType<typeof toJson>;
  try {
    doc.transact(() => {
      for (const update of job.updates) Y.applyUpdate(doc, update);
    });
    migrate(doc); // in memory only, as for any read of a stored board
    json = toJson(doc);
  } finally {
    doc.destroy();
  }
  const { journeyId } = job;
  if (journeyId !== undefined && !json.journeys.some((j) => j.id === journeyId)) {
    return { ok: false, error: 'journey not found' };
  }
  const options = journeyId !== undefined ? { journeyId } : {};
  const { width, height } = layoutMap(json, options);
  // The largest ratio whose image fits the cap, to two decimals (rounded down).
  const fits = Math.floor(Math.sqrt(job.maxPixels / Math.max(1, width * height)) * 100) / 100;
  if (fits < MIN_RATIO) return { ok: false, error: 'too large' };
  const pixelRatio = Math.min(job.pixelRatio, fits);
  const { createCanvas } = await import('@napi-rs/canvas');
  // A big journey is hundreds of MB of native pixels that V8 does not count: release them as soon
  // as the PNG is encoded instead of waiting for a GC.
  const canvases: Canvas[] = [];
  try {
    const png = await renderPng(json, {
      ...options,
      pixelRatio,
      createCanvas: (w, h) => {
        const canvas = createCanvas(w, h);
        canvases.push(canvas);
        return canvas;
      },
      // The native encoder: faster than the portable toDataURL round trip.
      encode: (canvas) => (canvas as Canvas).encode('png'),
    });
    return { ok: true, png, title: json.title, pixelRatio };
  } finally {
    for (const canvas of canvases) {
      canvas.width = 0;
      canvas.height = 0;
    }
  }
}
