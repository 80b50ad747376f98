import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, setCardText, updateCard } from '../commands/cards';
import { removePhase, renamePhase } from '../commands/phases';
import { fromJson } from '../format/fromJson';
import { LOCAL_ORIGIN } from '../origin';
import { toSnapshot } from '../read/toSnapshot';
import { journeyMapArbitrary } from '../testing/arbitraries';
import { applyOps, seededBoard } from '../testing/boards';
import { applyOp, brokenInvariants, type Op, opArbitrary, seedJourney } from '../testing/randomOps';
import { cloneDoc, SyncedDocs } from '../testing/syncedDocs';
import { updatesDuring } from '../testing/updates';
import type { Snapshot } from '../types';
import { restoreBoard, restoreCards, restoreJourney } from './restore';

/** The board without the facilitation state, which is not part of a version. */
function content(snapshot: Snapshot): Omit<Snapshot, 'session'> {
  const { session: _session, ...rest } = snapshot;
  return rest;
}

/** Random edits, as one participant makes them between two versions. */
const edits = fc.array(opArbitrary, { maxLength: 30 });

/** seedJourney's board after `ops`, and its snapshot then: a saved version, before later edits. */
function versionAfter(ops: readonly Op[]) {
  const { doc, journeyId } = seededBoard({});
  applyOps(doc, journeyId, ops, 'p1');
  return { doc, journeyId, version: toSnapshot(doc) };
}

function boardWithCards() {
  const { doc, journeyId, ids } = seededBoard({
    a: { kind: 'touchpoint', text: 'Site web' },
    b: { kind: 'irritant', text: 'Trop lent', phase: 'b' },
    c: { kind: 'irritant', text: 'Rupture', phase: 'b', channel: 'b' },
  });
  return { doc, journeyId, ...ids };
}

describe('restore', () => {
  it("brings back a card's picture", () => {
    const { doc, a } = boardWithCards();
    const picture = { hash: 'a'.repeat(64), width: 640, height: 480, alt: 'Page de paiement' };
    updateCard(doc, { cardId: a, image: picture });
    const version = toSnapshot(doc);
    updateCard(doc, { cardId: a, image: null });
    restoreBoard(doc, version);
    expect(toSnapshot(doc).cards[a]?.image).toEqual(picture);
    expect(updatesDuring(doc, () => restoreBoard(doc, version))).toEqual([]);
  });

  it('brings back a deleted phase with its cards, in their cells, in one update', () => {
    const { doc, b, c } = boardWithCards();
    const version = toSnapshot(doc);
    removePhase(doc, { phaseId: 'phase-b' });
    expect(toSnapshot(doc).cards[b]!.phaseId).toBeNull();
    const updates = updatesDuring(doc, () => restoreCards(doc, version, { phaseIds: ['phase-b'] }));
    expect(updates).toHaveLength(1);
    const now = toSnapshot(doc);
    expect(now.phases['phase-b']).toEqual(version.phases['phase-b']);
    expect(now.cards[b]).toEqual(version.cards[b]);
    expect(now.cards[c]).toEqual(version.cards[c]);
  });

  it('writes nothing when the board already equals the version', () => {
    const { doc } = boardWithCards();
    const version = toSnapshot(doc);
    expect(updatesDuring(doc, () => restoreBoard(doc, version))).toHaveLength(0);
  });

  it('keeps a peer typing in a card whose text the restore does not change', () => {
    const { doc, a, b } = boardWithCards();
    const version = toSnapshot(doc);
    setCardText(doc, { cardId: b, text: 'Trop lent au paiement' });
    const peer = cloneDoc(doc);
    setCardText(peer, { cardId: a, text: 'Site web et appli' });
    restoreBoard(doc, version);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(toSnapshot(doc).cards[a]!.text).toBe('Site web et appli');
    expect(toSnapshot(doc).cards[b]!.text).toBe('Trop lent');
    expect(toSnapshot(peer)).toEqual(toSnapshot(doc));
  });

  it('restores one journey and leaves the others as they are', () => {
    const doc = fromJson({
      format: 'parcours/journey-map',
      version: 1,
      title: 'Deux parcours',
      locale: 'fr',
      personas: [],
      journeys: [
        {
          id: 'j1',
          title: 'Achat',
          phases: [{ id: 'p1', name: 'Recherche' }],
          channels: [{ id: 'c1', name: 'Web' }],
          cards: [],
          actions: [],
        },
        {
          id: 'j2',
          title: 'SAV',
          phases: [{ id: 'p2', name: 'Contact' }],
          channels: [{ id: 'c2', name: 'Tél' }],
          cards: [],
          actions: [],
        },
      ],
    });
    const version = toSnapshot(doc);
    renamePhase(doc, { phaseId: 'p1', name: 'Découverte' });
    renamePhase(doc, { phaseId: 'p2', name: 'Appel' });
    const added = addCard(doc, { journeyId: 'j1', kind: 'note', text: 'nouvelle', cell: null });
    restoreJourney(doc, version, 'j1');
    const now = toSnapshot(doc);
    expect(now.phases.p1!.name).toBe('Recherche');
    expect(now.cards[added]).toBeUndefined();
    expect(now.phases.p2!.name).toBe('Appel');
  });

  it('is one undoable step with the local origin', () => {
    const { doc, b } = boardWithCards();
    const version = toSnapshot(doc);
    updateCard(doc, { cardId: b, kind: 'note' });
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    restoreBoard(doc, version);
    expect(origins).toEqual([LOCAL_ORIGIN]);
  });

  it('for random boards A and B, restoring A onto B gives A (property)', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), journeyMapArbitrary(), (mapA, mapB) => {
        const a = fromJson(mapA);
        const b = fromJson(mapB);
        restoreBoard(b, toSnapshot(a));
        expect(content(toSnapshot(b))).toEqual(content(toSnapshot(a)));
        // Restoring a board onto itself writes nothing, whatever fields its records left out.
        expect(updatesDuring(a, () => restoreBoard(a, toSnapshot(a)))).toHaveLength(0);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('restoring a version onto the same board after random edits gives the version (property)', () => {
    fc.assert(
      fc.property(edits, edits, (first, later) => {
        const { doc, journeyId, version } = versionAfter(first);
        applyOps(doc, journeyId, later, 'p2');
        restoreBoard(doc, version);
        expect(content(toSnapshot(doc))).toEqual(content(version));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('brings back a deleted phase with every card it held, whatever happened since (property)', () => {
    fc.assert(
      fc.property(edits, edits, (first, later) => {
        const { doc, journeyId, version } = versionAfter(first);
        const phase = Object.values(version.phases)[0];
        if (!phase) return;
        removePhase(doc, { phaseId: phase.id });
        applyOps(doc, journeyId, later, 'p2');
        restoreCards(doc, version, { phaseIds: [phase.id] });
        const now = toSnapshot(doc);
        expect(now.phases[phase.id]).toEqual(phase);
        for (const card of Object.values(version.cards).filter((c) => c.phaseId === phase.id)) {
          const { touchpointId: _t, ...was } = card;
          const { touchpointId: _n, ...back } = now.cards[card.id]!;
          expect(back).toEqual(was);
        }
        expect(brokenInvariants(now)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('converges when peers edit while one restores (property)', () => {
    const step = fc.oneof(
      { weight: 3, arbitrary: fc.record({ peer: fc.nat({ max: 3 }), op: opArbitrary }) },
      { weight: 1, arbitrary: fc.record({ from: fc.nat({ max: 3 }), to: fc.nat({ max: 3 }) }) },
      { weight: 1, arbitrary: fc.record({ restore: fc.nat({ max: 3 }) }) },
    );
    fc.assert(
      fc.property(
        fc.array(opArbitrary, { maxLength: 20 }),
        fc.array(step, { minLength: 5, maxLength: 50 }),
        (before, steps) => {
          const net = new SyncedDocs(4);
          const journeyId = seedJourney(net.docs[0]!);
          applyOps(net.docs[0]!, journeyId, before, 'p0');
          net.syncAll();
          const version = toSnapshot(net.docs[0]!);
          for (const s of steps) {
            if ('op' in s) applyOp(net.docs[s.peer]!, journeyId, s.op, `participant-${s.peer}`);
            else if ('restore' in s) restoreBoard(net.docs[s.restore]!, version);
            else if (s.from !== s.to) net.deliver(s.from, s.to);
          }
          net.syncAll();
          const snapshots = net.docs.map((d) => toSnapshot(d));
          for (const snap of snapshots) {
            expect(snap).toEqual(snapshots[0]);
            expect(brokenInvariants(snap)).toEqual([]);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
