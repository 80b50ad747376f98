/**
 * One export of a board from its encoded Yjs state, as an export worker runs it (exportWorker.ts):
 * the v1 JSON text, a PNG of one journey, or a deliverable (PDF, Markdown, Mermaid: documentJob.ts).
 * Pure but for the native canvas and the font files.
 */
import type { Canvas } from '@napi-rs/canvas';
import { type JourneyMapJson, migrateForReading, pngLayout, renderPng, toJson, withImageUrls } from '@parcours/journey';
import * as Y from 'yjs';
import { type CheckpointNotes, notesOf } from '../history/checkpointSummary';
import { snapshotOfState } from '../history/versionSnapshot';
import { type DocumentJob, type DocumentResult, runDocumentJob } from './documentJob';

interface BoardJob {
  /** The board as Yjs updates (the stored snapshot and log, or the live doc's encoding). */
  readonly updates: readonly Uint8Array[];
}

export interface JsonJob extends BoardJob {
  readonly kind: 'json';
  /** The board's id: the file gives each picture's address on this server (`url`). */
  readonly boardId?: string;
}

export interface PngJob extends BoardJob {
  readonly kind: 'png';
  readonly journeyId?: string;
  readonly pixelRatio: number;
  /** Cap on width x height of the image in device pixels; the ratio is lowered to fit it. */
  readonly maxPixels: number;
  /** The cards' pictures (thumbnails, encoded), by hash; cards whose picture is missing are drawn without. */
  readonly images?: readonly { readonly hash: string; readonly data: Uint8Array }[];
  /** Numbered markers on the cards with open comment threads, and their legend. */
  readonly comments?: boolean;
}

/** A checkpoint's notes (history/checkpointSummary.ts): two whole boards read and diffed, off the relay's loop. */
export interface SummaryJob {
  readonly kind: 'summary';
  /** The board's previous checkpoint, null for its first. */
  readonly before: Uint8Array | null;
  readonly after: Uint8Array;
}

export type ExportJob = JsonJob | PngJob | (DocumentJob & BoardJob) | SummaryJob;

export type ExportResult =
  | { readonly ok: true; readonly kind: 'json'; readonly text: string; readonly title: string }
  | {
      readonly ok: true;
      readonly kind: 'png';
      readonly png: Uint8Array;
      readonly title: string;
      readonly pixelRatio: number;
    }
  | { readonly ok: true; readonly kind: 'summary'; readonly notes: CheckpointNotes }
  | { readonly ok: false; readonly error: 'journey not found' | 'too large' }
  | DocumentResult;

export async function runExport(job: ExportJob): Promise<ExportResult> {
  if (job.kind === 'summary') {
    const before = job.before ? snapshotOfState(job.before) : null;
    return { ok: true, kind: 'summary', notes: notesOf(before, snapshotOfState(job.after)) };
  }
  const map = readBoard(job.updates);
  if (job.kind === 'json') {
    const file = job.boardId ? withImageUrls(map, job.boardId) : map;
    return { ok: true, kind: 'json', text: JSON.stringify(file, null, 2), title: map.title };
  }
  if (job.kind === 'png') return renderBoardPng(map, job);
  return runDocumentJob(map, job);
}

function readBoard(updates: readonly Uint8Array[]): JourneyMapJson {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    migrateForReading(doc); // in memory only, as for any read of a stored board (relay/rooms.ts)
    return toJson(doc);
  } finally {
    doc.destroy();
  }
}

/** renderPng draws at a pixel ratio of at least this. */
const MIN_RATIO = 0.5;

async function renderBoardPng(json: JourneyMapJson, job: PngJob): Promise<ExportResult> {
  const { journeyId } = job;
  if (journeyId !== undefined && !json.journeys.some((j) => j.id === journeyId)) {
    return { ok: false, error: 'journey not found' };
  }
  const options = { ...(journeyId !== undefined ? { journeyId } : {}), comments: job.comments === true };
  const { width, height } = pngLayout(json, options);
  // The largest ratio whose image fits the cap, to two decimals (rounded down).
  const fits = Math.floor(Math.sqrt(job.maxPixels / Math.max(1, width * height)) * 100) / 100;
  if (fits < MIN_RATIO) return { ok: false, error: 'too large' };
  const pixelRatio = Math.min(job.pixelRatio, fits);
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const thumbnails = new Map((job.images ?? []).map((image) => [image.hash, image.data]));
  // A big journey is hundreds of MB of native pixels that V8 does not count: release them as soon
  // as the PNG is encoded instead of waiting for a GC.
  const canvases: Canvas[] = [];
  try {
    const png = await renderPng(json, {
      ...options,
      pixelRatio,
      // Decoded only for the cards drawn; one that does not decode is drawn without its picture.
      loadImage: async (hash) => {
        const data = thumbnails.get(hash);
        return data ? loadImage(Buffer.from(data)) : undefined;
      },
      createCanvas: (w, h) => {
        const canvas = createCanvas(w, h);
        canvases.push(canvas);
        return canvas;
      },
      // The native encoder: faster than the portable toDataURL round trip.
      encode: (canvas) => (canvas as Canvas).encode('png'),
    });
    return { ok: true, kind: 'png', png, title: json.title, pixelRatio };
  } finally {
    for (const canvas of canvases) {
      canvas.width = 0;
      canvas.height = 0;
    }
  }
}
