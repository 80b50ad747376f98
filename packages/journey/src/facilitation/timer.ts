/**
 * The workshop timer: stored as an end time (epoch ms) while running and as the time left while
 * paused, never as ticks, so it costs no update per second and every peer computes the same
 * remaining time from its own clock. `now` is passed in (no Date.now() here) so the rules are pure;
 * peers whose clocks differ see a difference of that skew.
 */
import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { transact } from '../commands/transact';
import { readSession, writeSession } from '../session';
import type { Session, TimerSetting } from '../types';
import { parseInput } from './input';

/** A day: longer is a typing error, not a workshop timebox. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

const epoch = z.number().check(z.minimum(0));
const startInput = z.strictObject({ durationMs: z.int().check(z.minimum(1), z.maximum(MAX_TIMER_MS)), now: epoch });
const nowInput = z.strictObject({ now: epoch });

/** Facilitator: starts a countdown of `durationMs` from `now` (restarts it if one was running). */
export function startTimer(doc: Y.Doc, input: { durationMs: number; now: number }): void {
  const { durationMs, now } = parseInput(startInput, input, 'startTimer');
  transact(doc, () =>
    writeSession(doc, 'timer', { durationMs, endsAt: now + durationMs, remainingMs: null } satisfies TimerSetting),
  );
}

/** Facilitator: freezes the time left; nothing happens unless it is running. */
export function pauseTimer(doc: Y.Doc, input: { now: number }): void {
  const { now } = parseInput(nowInput, input, 'pauseTimer');
  transact(doc, () => {
    const timer = readSession(doc).timer;
    if (!timer || timer.endsAt === null) return;
    const remainingMs = Math.max(0, timer.endsAt - now);
    writeSession(doc, 'timer', { durationMs: timer.durationMs, endsAt: null, remainingMs } satisfies TimerSetting);
  });
}

/** Facilitator: runs a paused timer again for the time it had left. */
export function resumeTimer(doc: Y.Doc, input: { now: number }): void {
  const { now } = parseInput(nowInput, input, 'resumeTimer');
  transact(doc, () => {
    const timer = readSession(doc).timer;
    if (!timer || timer.endsAt !== null || timer.remainingMs === null) return;
    writeSession(doc, 'timer', {
      durationMs: timer.durationMs,
      endsAt: now + timer.remainingMs,
      remainingMs: null,
    } satisfies TimerSetting);
  });
}

/** Facilitator: removes the timer. */
export function resetTimer(doc: Y.Doc): void {
  transact(doc, () => writeSession(doc, 'timer', null));
}

export interface TimerState {
  /** idle: no timer; ended: ran down to zero (the UI rings once). */
  readonly status: 'idle' | 'running' | 'paused' | 'ended';
  readonly running: boolean;
  readonly ended: boolean;
  readonly remainingMs: number;
  readonly durationMs: number;
}

/** What the timer shows at `now`. */
export function timerState(session: Pick<Session, 'timer'>, now: number): TimerState {
  const timer = session.timer;
  if (!timer) return { status: 'idle', running: false, ended: false, remainingMs: 0, durationMs: 0 };
  const durationMs = timer.durationMs;
  if (timer.endsAt === null) {
    const remainingMs = timer.remainingMs ?? 0;
    return remainingMs > 0
      ? { status: 'paused', running: false, ended: false, remainingMs, durationMs }
      : { status: 'ended', running: false, ended: true, remainingMs: 0, durationMs };
  }
  const remainingMs = Math.max(0, timer.endsAt - now);
  return remainingMs > 0
    ? { status: 'running', running: true, ended: false, remainingMs, durationMs }
    : { status: 'ended', running: false, ended: true, remainingMs: 0, durationMs };
}
