/**
 * The one door from the server to @parcours/journey.
 * TEMPORARY: parts of the package's public API had not landed when this was written; the
 * stand-ins below follow the announced signatures and go away as the real exports appear.
 */
import { orderedJourneys, renameBoard, setBoardLocale, toSnapshot } from '@parcours/journey';
import * as Y from 'yjs';

export type { Locale, Snapshot, TemplateId } from '@parcours/journey';
export { orderedJourneys, toSnapshot };

export interface FormatIssue {
  readonly path: string;
  readonly message: string;
}

export class JourneyFormatError extends Error {
  override readonly name = 'JourneyFormatError';
  constructor(readonly issues: readonly FormatIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  }
}

export class NewerDocError extends Error {
  override readonly name = 'NewerDocError';
}

// biome-ignore lint/suspicious/noExplicitAny: stand-in for the package's JourneyMapJson
export type JourneyMapJson = Record<string, any>;

export function createBoardDoc(input: { title: string; locale: 'fr' | 'en'; template: string }): Y.Doc {
  const doc = new Y.Doc();
  renameBoard(doc, { title: input.title });
  setBoardLocale(doc, { locale: input.locale });
  return doc;
}

export function migrate(_doc: Y.Doc): void {}

export function toJson(doc: Y.Doc): JourneyMapJson {
  const snapshot = toSnapshot(doc);
  return {
    format: 'parcours/journey-map',
    version: 1,
    title: snapshot.board.title,
    locale: snapshot.board.locale,
    journeys: [],
  };
}

export function fromJson(value: unknown): Y.Doc {
  const v = value as JourneyMapJson | null;
  if (!v || typeof v !== 'object' || v.format !== 'parcours/journey-map') {
    throw new JourneyFormatError([{ path: 'format', message: 'not a Parcours journey map' }]);
  }
  if (typeof v.title !== 'string') throw new JourneyFormatError([{ path: 'title', message: 'expected a string' }]);
  return createBoardDoc({ title: v.title, locale: v.locale === 'en' ? 'en' : 'fr', template: 'blank' });
}

export interface PngCanvas {
  getContext(kind: '2d'): unknown;
  encode(format: 'png'): Promise<Uint8Array>;
}

export async function renderPng(
  json: JourneyMapJson,
  options: { journeyId?: string; createCanvas: (w: number, h: number) => PngCanvas; pixelRatio?: number },
): Promise<Uint8Array> {
  const ratio = options.pixelRatio ?? 1;
  const canvas = options.createCanvas(320 * ratio, 200 * ratio);
  void json;
  return canvas.encode('png');
}

export function fromPng(_bytes: Uint8Array): Y.Doc {
  throw new JourneyFormatError([{ path: '', message: 'this PNG carries no Parcours journey map' }]);
}
