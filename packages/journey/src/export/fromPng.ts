import type * as Y from 'yjs';
import { JourneyFormatError } from '../format/errors';
import { fromJson } from '../format/fromJson';
import { jsonTooDeep, MAX_JSON_DEPTH } from '../format/jsonDepth';
import { PngError, readPngText } from './pngText';
import { PNG_MAP_KEYWORD } from './renderPng';

/** The journey map carried by a PNG exported from Parcours, as unparsed JSON; throws JourneyFormatError otherwise. */
export function readMapFromPng(bytes: Uint8Array): unknown {
  let text: string | null;
  try {
    text = readPngText(bytes, PNG_MAP_KEYWORD);
  } catch (error) {
    if (error instanceof PngError) throw new JourneyFormatError([{ path: '', message: `${error.message}` }]);
    throw error;
  }
  if (text === null) {
    throw new JourneyFormatError([
      { path: '', message: 'This PNG carries no Parcours map: only images exported from Parcours can be imported.' },
    ]);
  }
  if (jsonTooDeep(text)) {
    throw new JourneyFormatError([
      { path: '', message: `The Parcours map in this PNG nests deeper than ${MAX_JSON_DEPTH} levels.` },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new JourneyFormatError([{ path: '', message: 'The Parcours map in this PNG is damaged (invalid JSON).' }]);
  }
}

/** A new board doc from a PNG exported by renderPng (validated like fromJson, all-or-nothing). */
export function fromPng(bytes: Uint8Array): Y.Doc {
  return fromJson(readMapFromPng(bytes));
}
