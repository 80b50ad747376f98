/** Thread anchors: validation, shared by the commands and the server's check (trust/layout.ts). */
import { isSafeKey } from '../doc';
import type { CommentAnchor } from './types';

const RECORD_ANCHORS = new Set(['card', 'phase', 'channel', 'persona']);
/** Board coordinates of a free point stay within this (the canvas never lays out further). */
export const MAX_ANCHOR_COORDINATE = 1_000_000;

export function isCommentAnchor(value: unknown): value is CommentAnchor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (typeof record.kind === 'string' && RECORD_ANCHORS.has(record.kind))
    return keys.length === 2 && typeof record.id === 'string' && isSafeKey(record.id);
  if (record.kind !== 'point' || keys.length !== 4) return false;
  return (
    typeof record.journeyId === 'string' &&
    isSafeKey(record.journeyId) &&
    isCoordinate(record.x) &&
    isCoordinate(record.y)
  );
}

function isCoordinate(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_ANCHOR_COORDINATE;
}

/** A copy with only the anchor's own keys (an object from a UI may carry more). */
export function toCommentAnchor(anchor: CommentAnchor): CommentAnchor {
  const copy: CommentAnchor =
    anchor.kind === 'point'
      ? { kind: 'point', journeyId: anchor.journeyId, x: Math.round(anchor.x), y: Math.round(anchor.y) }
      : { kind: anchor.kind, id: anchor.id };
  if (!isCommentAnchor(copy)) throw new RangeError('Invalid comment anchor');
  return copy;
}
