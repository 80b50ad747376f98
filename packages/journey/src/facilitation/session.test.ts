import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, setCardText } from '../commands/cards';
import { sessionMap } from '../doc';
import { observeSnapshot } from '../read/observeSnapshot';
import { toSnapshot } from '../read/toSnapshot';
import { EMPTY_SESSION } from '../session';
import { seedJourney } from '../testing/randomOps';
import { SyncedDocs } from '../testing/syncedDocs';
import type { Snapshot } from '../types';
import { lockStructure } from './lock';
import { canRun, FACILITATOR_ONLY } from './roles';
import { startTimer } from './timer';
import { openVote } from './voting';

describe('session in the snapshot', () => {
  it('starts empty and shows the lock on every peer', () => {
    const net = new SyncedDocs(2);
    seedJourney(net.docs[0]!);
    net.syncAll();
    expect(toSnapshot(net.docs[1]!).session).toEqual(EMPTY_SESSION);
    lockStructure(net.docs[0]!, { locked: true });
    net.syncAll();
    expect(toSnapshot(net.docs[1]!).session.structureLocked).toBe(true);
    lockStructure(net.docs[1]!, { locked: false });
    net.syncAll();
    expect(toSnapshot(net.docs[0]!).session.structureLocked).toBe(false);
  });

  it('keeps the session object while cards change, and the cards while the session changes', () => {
    const doc = new Y.Doc();
    const journeyId = seedJourney(doc);
    const cardId = addCard(doc, { journeyId, kind: 'touchpoint', text: 'Appel' });
    const seen: Snapshot[] = [];
    const stop = observeSnapshot(doc, (s) => seen.push(s));
    setCardText(doc, { cardId, text: 'Appel au service client' });
    lockStructure(doc, { locked: true });
    lockStructure(doc, { locked: true }); // no change, no new snapshot
    stop();
    expect(seen).toHaveLength(3);
    const [first, typed, locked] = seen as [Snapshot, Snapshot, Snapshot];
    expect(typed.session).toBe(first.session);
    expect(typed.cards).not.toBe(first.cards);
    expect(locked.cards).toBe(typed.cards);
    expect(locked.session.structureLocked).toBe(true);
  });

  it('reads values written by a buggy or newer peer as unset rather than failing', () => {
    const doc = new Y.Doc();
    const map = sessionMap(doc);
    map.set('structureLocked', 'yes');
    map.set('timer', { durationMs: 'long' });
    map.set('vote', { dotsPerParticipant: 0, kinds: ['irritant'] });
    map.set('ratingRound', 42);
    expect(toSnapshot(doc).session).toEqual(EMPTY_SESSION);
  });

  it('validates facilitator inputs before writing anything', () => {
    const doc = new Y.Doc();
    expect(() => startTimer(doc, { durationMs: -5, now: 0 })).toThrow(/startTimer: invalid durationMs/);
    expect(() => openVote(doc, { dotsPerParticipant: 3, kinds: [] })).toThrow(/openVote: invalid kinds/);
    expect(sessionMap(doc).size).toBe(0);
  });
});

describe('roles', () => {
  it('gives the session commands to the facilitator only and nothing to a viewer', () => {
    for (const command of FACILITATOR_ONLY) {
      expect(canRun('facilitator', command)).toBe(true);
      expect(canRun('edit', command)).toBe(false);
    }
    expect(canRun('edit', 'castVote')).toBe(true);
    expect(canRun('edit', 'addCard')).toBe(true);
    expect(canRun('view', 'castVote')).toBe(false);
  });
});
