/**
 * The facilitation state in the doc: root map `session`, one plain value per key (never records),
 * so each part changes atomically and concurrent facilitators resolve to one whole state.
 *   structureLocked  boolean
 *   timer            { durationMs, endsAt: number | null, remainingMs: number | null }
 *   privateMode      boolean
 *   vote             { id, status, dotsPerParticipant, kinds[], journeyId: string | null }
 *   ratingRound      { status, journeyId: string | null }
 * None of it is part of the JSON format v1 (docs/FACILITATION.md).
 */
import type * as Y from 'yjs';
import { sessionMap } from './doc';
import {
  CARD_KINDS,
  type CardKind,
  type RatingRound,
  type RoundStatus,
  type Session,
  type TimerSetting,
  type VoteSetting,
} from './types';

export const SESSION_KEYS = ['structureLocked', 'timer', 'privateMode', 'vote', 'ratingRound'] as const;
export type SessionKey = (typeof SESSION_KEYS)[number];

export const EMPTY_SESSION: Session = Object.freeze({
  structureLocked: false,
  timer: null,
  privateMode: false,
  vote: null,
  ratingRound: null,
});

/** Reads the session defensively: a value written by an older or newer peer that does not parse counts as unset. */
export function readSession(doc: Y.Doc): Session {
  const map = sessionMap(doc);
  if (map.size === 0) return EMPTY_SESSION;
  return {
    structureLocked: map.get('structureLocked') === true,
    timer: readTimer(map.get('timer')),
    privateMode: map.get('privateMode') === true,
    vote: readVote(map.get('vote')),
    ratingRound: readRatingRound(map.get('ratingRound')),
  };
}

/** Writes one session key (inside the caller's transaction), only when it changes. */
export function writeSession(doc: Y.Doc, key: SessionKey, value: unknown): void {
  const map = sessionMap(doc);
  if (value === null || value === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  const current = map.get(key);
  if (current === value || (typeof value === 'object' && JSON.stringify(current) === JSON.stringify(value))) return;
  map.set(key, value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function readTimer(value: unknown): TimerSetting | null {
  if (!isObject(value)) return null;
  const durationMs = finiteOrNull(value.durationMs);
  if (durationMs === null || durationMs < 0) return null;
  const endsAt = finiteOrNull(value.endsAt);
  const remainingMs = endsAt === null ? finiteOrNull(value.remainingMs) : null;
  return { durationMs, endsAt, remainingMs: remainingMs === null ? null : Math.max(0, remainingMs) };
}

function readStatus(value: unknown): RoundStatus {
  return value === 'open' ? 'open' : 'closed';
}

const KINDS = new Set<string>(CARD_KINDS);

function readVote(value: unknown): VoteSetting | null {
  if (!isObject(value)) return null;
  const dots = finiteOrNull(value.dotsPerParticipant);
  if (dots === null || !Number.isInteger(dots) || dots < 1) return null;
  const kinds = Array.isArray(value.kinds)
    ? ([...new Set(value.kinds)].filter((k) => typeof k === 'string' && KINDS.has(k)) as CardKind[])
    : [];
  return {
    id: typeof value.id === 'string' ? value.id : '',
    status: readStatus(value.status),
    dotsPerParticipant: dots,
    kinds,
    journeyId: typeof value.journeyId === 'string' ? value.journeyId : null,
  };
}

function readRatingRound(value: unknown): RatingRound | null {
  if (!isObject(value)) return null;
  return { status: readStatus(value.status), journeyId: typeof value.journeyId === 'string' ? value.journeyId : null };
}

/** The same session object when nothing in it changed, so `prev.session === next.session` means unchanged. */
export function reuseSession(previous: Session | undefined, next: Session): Session {
  if (previous && JSON.stringify(previous) === JSON.stringify(next)) return previous;
  return next;
}
