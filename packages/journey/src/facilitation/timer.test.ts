import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSession } from '../session';
import { SyncedDocs } from '../testing/syncedDocs';
import { pauseTimer, resetTimer, resumeTimer, startTimer, timerState } from './timer';

const T0 = Date.UTC(2026, 10, 25, 14, 0, 0);
const MIN = 60_000;

describe('timer', () => {
  it('counts down from an end time, pauses, resumes for the time left and ends', () => {
    const doc = new Y.Doc();
    expect(timerState(readSession(doc), T0).status).toBe('idle');
    startTimer(doc, { durationMs: 10 * MIN, now: T0 });
    expect(timerState(readSession(doc), T0 + 4 * MIN)).toEqual({
      status: 'running',
      running: true,
      ended: false,
      remainingMs: 6 * MIN,
      durationMs: 10 * MIN,
    });
    pauseTimer(doc, { now: T0 + 4 * MIN });
    // However long the pause, the time left does not move.
    expect(timerState(readSession(doc), T0 + 30 * MIN)).toMatchObject({ status: 'paused', remainingMs: 6 * MIN });
    resumeTimer(doc, { now: T0 + 30 * MIN });
    expect(timerState(readSession(doc), T0 + 35 * MIN)).toMatchObject({ status: 'running', remainingMs: 1 * MIN });
    expect(timerState(readSession(doc), T0 + 37 * MIN)).toMatchObject({ status: 'ended', ended: true, remainingMs: 0 });
    resetTimer(doc);
    expect(readSession(doc).timer).toBeNull();
  });

  it('ignores pause when not running and resume when not paused', () => {
    const doc = new Y.Doc();
    pauseTimer(doc, { now: T0 });
    resumeTimer(doc, { now: T0 });
    expect(readSession(doc).timer).toBeNull();
    startTimer(doc, { durationMs: MIN, now: T0 });
    const running = readSession(doc).timer;
    resumeTimer(doc, { now: T0 + 1000 });
    expect(readSession(doc).timer).toEqual(running);
  });

  it('shows the same time on every peer and writes nothing while it runs', () => {
    const net = new SyncedDocs(2);
    let updates = 0;
    net.docs[1]!.on('update', () => updates++);
    startTimer(net.docs[0]!, { durationMs: 5 * MIN, now: T0 });
    net.syncAll();
    const before = updates;
    const states = [1, 2, 3].map((m) => timerState(readSession(net.docs[1]!), T0 + m * MIN));
    expect(states.map((s) => s.remainingMs)).toEqual([4 * MIN, 3 * MIN, 2 * MIN]);
    expect(updates).toBe(before);
  });

  it('resolves two facilitators starting at once to one whole timer', () => {
    const net = new SyncedDocs(2);
    startTimer(net.docs[0]!, { durationMs: 5 * MIN, now: T0 });
    pauseTimer(net.docs[0]!, { now: T0 + MIN });
    startTimer(net.docs[1]!, { durationMs: 15 * MIN, now: T0 + 2000 });
    net.syncAll();
    const a = readSession(net.docs[0]!).timer;
    expect(readSession(net.docs[1]!).timer).toEqual(a);
    expect([
      { durationMs: 5 * MIN, endsAt: null, remainingMs: 4 * MIN },
      { durationMs: 15 * MIN, endsAt: T0 + 2000 + 15 * MIN, remainingMs: null },
    ]).toContainEqual(a);
  });
});
