/**
 * The one door from the server to @parcours/journey.
 * TEMPORARY: renderPng and fromPng had not landed in the package when this was written; the
 * stand-ins below follow the announced signatures and go away when the real exports appear.
 */
import { JourneyFormatError, type JourneyMapJson } from '@parcours/journey';
import type * as Y from 'yjs';

export {
  createBoardDoc,
  fromJson,
  JourneyFormatError,
  type JourneyMapJson,
  migrate,
  NewerDocError,
  orderedJourneys,
  type Snapshot,
  toJson,
  toSnapshot,
} from '@parcours/journey';

export interface PngCanvas {
  getContext(kind: '2d'): unknown;
  encode(format: 'png'): Promise<Uint8Array>;
}

export async function renderPng(
  _json: JourneyMapJson,
  options: { journeyId?: string; createCanvas: (w: number, h: number) => PngCanvas; pixelRatio?: number },
): Promise<Uint8Array> {
  const ratio = options.pixelRatio ?? 1;
  return options.createCanvas(Math.round(320 * ratio), Math.round(200 * ratio)).encode('png');
}

export function fromPng(_bytes: Uint8Array): Y.Doc {
  throw new JourneyFormatError([{ path: '', message: 'this PNG carries no Parcours journey map' }]);
}
