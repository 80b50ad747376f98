import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, linkCard, moveAction, removeAction, unlinkCard, updateAction } from '../commands/actions';
import { renameBoard, setBoardLocale } from '../commands/board';
import { addCard, removeCards, setCardText, updateCard } from '../commands/cards';
import { duplicateJourney, moveJourney, removeJourney, renameJourney, updateJourney } from '../commands/journeys';
import { addPersona, movePersona, removePersona, updatePersona } from '../commands/personas';
import { removeKpi, renamePhase, setKpi } from '../commands/phases';
import { lockStructure } from '../facilitation/lock';
import { addCardAs, revealCards, setPrivateMode } from '../facilitation/privateMode';
import { closeRatingRound, openRatingRound } from '../facilitation/ratingRound';
import type { BoardRole } from '../facilitation/roles';
import { pauseTimer, resetTimer, resumeTimer, startTimer } from '../facilitation/timer';
import { castVote, closeVote, openVote } from '../facilitation/voting';
import { migrate, SCHEMA_VERSION } from '../migrations/index';
import { createBoardDoc } from '../templates/createBoardDoc';
import { applyOp, opWithCommentsArbitrary, seedJourney, testAuthor } from '../testing/randomOps';
import { updateOnCopy } from '../testing/updates';
import { createUndoManager } from '../undo';
import { checkUpdate } from './checkUpdate';

/** A server doc and a client synced to it; every client update is checked, then applied, like the relay does. */
function relayed(role: BoardRole = 'edit', author: string | null = testAuthor('participant-1').key) {
  const server = createBoardDoc({ locale: 'fr', template: 'blank', title: 'Atelier' });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const refused: string[] = [];
  client.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'server') return;
    const check = checkUpdate(server, update, role, { author });
    if (!check.ok) refused.push(...check.reasons);
    else Y.applyUpdate(server, update, 'client');
  });
  return { server, client, refused };
}

describe('checkUpdate', () => {
  it('lets every honest edit through, one update per command (random commands, fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(opWithCommentsArbitrary, { minLength: 1, maxLength: 60 }), (ops) => {
        const { server, client, refused } = relayed();
        const journeyId = seedJourney(client);
        for (const op of ops) applyOp(client, journeyId, op, 'participant-1', { facilitator: false });
        expect(refused).toEqual([]);
        expect(Y.encodeStateVector(server)).toEqual(Y.encodeStateVector(client));
      }),
      { numRuns: 60 },
    );
  });

  it('lets an offline session through as one update (what y-indexeddb replays on reconnect)', () => {
    fc.assert(
      fc.property(fc.array(opWithCommentsArbitrary, { minLength: 1, maxLength: 120 }), (ops) => {
        const server = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8', title: 'Atelier' });
        const update = updateOnCopy(server, (client) => {
          const journeyId = seedJourney(client);
          for (const op of ops) applyOp(client, journeyId, op, 'participant-1', { facilitator: false });
        });
        const author = testAuthor('participant-1').key;
        expect(checkUpdate(server, update, 'edit', { author }).reasons).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('lets the commands of an editor and of a facilitator through', () => {
    const editor = relayed('edit');
    const doc = editor.client;
    renameBoard(doc, { title: 'Nouveau titre' });
    setBoardLocale(doc, { locale: 'en' });
    const personaId = addPersona(doc, { name: 'Léa', goals: ['a'], frustrations: ['b'] });
    updatePersona(doc, { personaId, description: 'd', quote: 'q', segment: 's' });
    movePersona(doc, { personaId, before: null });
    const journeyId = seedJourney(doc);
    updateJourney(doc, { journeyId, personaId, stage: 'to-be' });
    renameJourney(doc, { journeyId, title: 'T' });
    moveJourney(doc, { journeyId, before: null });
    renamePhase(doc, { phaseId: 'phase-a', name: 'R' });
    const kpiId = setKpi(doc, { phaseId: 'phase-a', name: 'NPS', value: 30, target: 50, unit: '%' });
    const card = addCard(doc, {
      journeyId,
      kind: 'irritant',
      text: 'Attente',
      cell: { phaseId: 'phase-a', channelId: 'channel-a' },
    });
    setCardText(doc, { cardId: card, text: 'Attente trop longue 😀' });
    updateCard(doc, { cardId: card, does: 'x', csat: 50, color: '#aabbcc', keyMoment: true, feedback: ['Trop long'] });
    const actionId = addAction(doc, { journeyId, title: 'Agir', cardIds: [card] });
    updateAction(doc, { actionId, owner: 'Moi', due: '2026-12-03', status: 'doing', impact: 5, effort: 1 });
    unlinkCard(doc, { actionId, cardId: card });
    linkCard(doc, { actionId, cardId: card });
    moveAction(doc, { actionId, before: null });
    castVote(doc, { cardId: card, participantId: 'p1' });
    duplicateJourney(doc, { journeyId });
    // Undo and redo replay deleted records as new items of the same shape.
    const undo = createUndoManager(doc, { captureTimeout: 0 });
    removeCards(doc, { cardIds: [card] });
    undo.undo();
    undo.redo();
    undo.undo();
    undo.destroy();
    removeKpi(doc, { phaseId: 'phase-a', kpiId });
    removeAction(doc, { actionId });
    removeCards(doc, { cardIds: [card] });
    removePersona(doc, { personaId });
    removeJourney(doc, { journeyId });
    expect(editor.refused).toEqual([]);

    const facilitator = relayed('facilitator');
    const f = facilitator.client;
    const j = seedJourney(f);
    lockStructure(f, { locked: true });
    startTimer(f, { durationMs: 60_000, now: 1 });
    pauseTimer(f, { now: 2 });
    resumeTimer(f, { now: 3 });
    resetTimer(f);
    setPrivateMode(f, { on: true });
    addCardAs(f, { journeyId: j, kind: 'note', text: 'secret', participantId: 'p1', cell: null });
    revealCards(f, {});
    openVote(f, { dotsPerParticipant: 3, kinds: ['irritant'], journeyId: j });
    closeVote(f);
    openRatingRound(f, { journeyId: j });
    closeRatingRound(f);
    expect(facilitator.refused).toEqual([]);
  });

  it('lets a client stamp the current schema version (its own migration), nothing else', () => {
    const server = createBoardDoc({ locale: 'fr', template: 'blank', title: 'Atelier' });
    const same = updateOnCopy(server, (c) => c.getMap('meta').set('schemaVersion', SCHEMA_VERSION));
    expect(checkUpdate(server, same, 'edit').ok).toBe(true);
    for (const value of [999, SCHEMA_VERSION + 1, 0, -1, '1', null]) {
      const update = updateOnCopy(server, (c) => c.getMap('meta').set('schemaVersion', value));
      expect(checkUpdate(server, update, 'facilitator').ok, String(value)).toBe(false);
    }
    const erase = updateOnCopy(server, (c) => c.getMap('meta').delete('schemaVersion'));
    expect(checkUpdate(server, erase, 'facilitator').reasons).toEqual([
      'meta.schemaVersion is written by the server only',
    ]);
    // A client migrating an unversioned doc writes exactly what it may.
    const legacy = new Y.Doc();
    seedJourney(legacy);
    const stamp = updateOnCopy(legacy, (c) => migrate(c));
    expect(checkUpdate(legacy, stamp, 'edit').ok).toBe(true);
  });

  const attacks: [string, (doc: Y.Doc) => void][] = [
    ['a record that is a string', (d) => d.getMap('cards').set('x', 'string')],
    ['a record that is an array', (d) => d.getMap('phases').set('x', new Y.Array())],
    ['a record id __proto__', (d) => d.getMap('cards').set('__proto__', new Y.Map())],
    ['a record id constructor', (d) => d.getMap('journeys').set('constructor', new Y.Map())],
    ['a root array', (d) => d.getArray('cards').insert(0, [1, 2, 3])],
    ['a root that is not the board', (d) => d.getMap('intrus').set('k', 1)],
    ['a root text', (d) => d.getText('notes').insert(0, 'x')],
    ['an unknown meta key', (d) => d.getMap('meta').set('owner', 'me')],
    ['a title that is a number', (d) => d.getMap('meta').set('title', 42)],
    [
      'an unknown field',
      (d) => {
        const card = new Y.Map();
        d.getMap('cards').set('c1', card);
        card.set('evil', 1);
      },
    ],
    [
      'a text that is a map',
      (d) => {
        const card = new Y.Map();
        d.getMap('cards').set('c1', card);
        card.set('text', new Y.Map());
      },
    ],
    [
      'a rating that is a string, under a key __proto__',
      (d) => {
        const card = new Y.Map();
        d.getMap('cards').set('c1', card);
        const ratings = new Y.Map();
        card.set('ratings', ratings);
        ratings.set('__proto__', 'x');
      },
    ],
    [
      'a nested map in a card text',
      (d) => {
        const card = new Y.Map();
        d.getMap('cards').set('c1', card);
        const text = new Y.Text();
        card.set('text', text);
        text.insertEmbed(0, { image: 'x' });
      },
    ],
    [
      'deep nesting',
      (d) => {
        let map = new Y.Map();
        d.getMap('cards').set('c1', map);
        for (let i = 0; i < 50; i++) {
          const next = new Y.Map();
          map.set('kpis', next);
          map = next;
        }
      },
    ],
  ];

  for (const [name, write] of attacks) {
    it(`refuses ${name}, from an editor and from a facilitator`, () => {
      const server = createBoardDoc({ locale: 'fr', template: 'blank', title: 'Atelier' });
      const update = updateOnCopy(server, write);
      for (const role of ['edit', 'facilitator'] as const) {
        const check = checkUpdate(server, update, role);
        expect(check.ok, role).toBe(false);
        expect(check.malformed).toBe(false);
      }
    });
  }

  it('refuses updates over its bounds, and bytes that are not an update as malformed', () => {
    const server = createBoardDoc({ locale: 'fr', template: 'blank', title: 'Atelier' });
    const update = updateOnCopy(server, (d) => renameBoard(d, { title: 'x'.repeat(1000) }));
    expect(checkUpdate(server, update, 'edit', { limits: { ...limits(), maxBytes: 100 } }).ok).toBe(false);
    const many = updateOnCopy(server, (d) => {
      for (let i = 0; i < 20; i++) addPersona(d, { name: `p${i}` });
    });
    expect(checkUpdate(server, many, 'edit', { limits: { ...limits(), maxStructs: 10 } }).ok).toBe(false);
    expect(checkUpdate(server, Uint8Array.of(1, 2, 3), 'edit').malformed).toBe(true);
  });

  it('takes scratch roots only when told to (tests of relay mechanics)', () => {
    const server = new Y.Doc();
    const update = updateOnCopy(server, (d) => d.getArray('test').insert(0, [1]));
    expect(checkUpdate(server, update, 'edit').ok).toBe(false);
    expect(checkUpdate(server, update, 'edit', { scratchRoots: new Set(['test']) }).ok).toBe(true);
  });
});

function limits() {
  return { maxBytes: 1 << 20, maxStructs: 1000, maxClients: 10, maxDeleteRanges: 1000, maxSteps: 100_000 };
}
