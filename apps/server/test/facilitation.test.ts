/**
 * Facilitator rights on the relay (issue 6), with the stock y-websocket client over a real server
 * and a real SQLite file: a participant's facilitator-only change (structure while locked, timer,
 * reveal, opening a vote) is refused whole, its connection closed with 4403, and the stored board
 * does not change by one byte; the participant's card edits go through; the facilitator's same
 * changes are stored and relayed. Presence: only a facilitator connection may claim to lead.
 */
import {
  addCardAs,
  addPhase,
  lockStructure,
  openVote,
  readSession,
  revealCards,
  setCardText,
  setPrivateMode,
  startTimer,
  toFacilitatorPresence,
  toSnapshot,
} from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { exportJson, importFile } from './boardFiles';
import {
  type CreatedBoard as Board,
  type Client,
  createBoard,
  firstJourneyId,
  storedBytes,
  storedDoc,
  waitFor,
} from './helpers';
import { useServer } from './useServer';

describe('facilitator rights on the relay', () => {
  // No periodic compaction during a test: the stored bytes change only when a change is stored.
  const server = useServer({ logLevel: false, compactEveryMs: 3_600_000 });

  it('gives the creator a facilitator link whose token reads as the facilitator role', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    expect(board.facilitatorToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new Set([board.editToken, board.viewToken, board.facilitatorToken]).size).toBe(3);
    expect(board.facilitatorUrl).toContain(`/b/${board.id}?token=${board.facilitatorToken}`);
    const info = await server.app.inject({ url: `/api/boards/${board.id}?token=${board.facilitatorToken}` });
    expect(info.json().role).toBe('facilitator');
    const edit = await server.app.inject({ url: `/api/boards/${board.id}?token=${board.editToken}` });
    expect(edit.json().role).toBe('edit');

    const imported = await importFile(server.app, (await exportJson(server.app, board)).body, 'application/json');
    expect(imported.statusCode).toBe(201);
    const copy = imported.json() as Board;
    expect(copy.facilitatorToken).toBeTruthy();
    const copyInfo = await server.app.inject({ url: `/api/boards/${copy.id}?token=${copy.facilitatorToken}` });
    expect(copyInfo.json().role).toBe('facilitator');
  });

  it("refuses a participant's facilitator-only changes without storing them, and keeps their card edits", async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const facilitator = await server.open(board.id, board.facilitatorToken);
    const journeyId = firstJourneyId(facilitator.doc);
    lockStructure(facilitator.doc, { locked: true });
    setPrivateMode(facilitator.doc, { on: true });

    // A participant's card edits go through while the structure is locked, private cards included.
    const alice = await server.open(board.id, board.editToken);
    await waitFor(
      () => readSession(alice.doc).structureLocked && readSession(alice.doc).privateMode,
      'session reached',
    );
    const cardId = Object.values(toSnapshot(alice.doc).cards)[0]!.id;
    setCardText(alice.doc, { cardId, text: 'Modifié par Alice' });
    const privateId = addCardAs(alice.doc, { journeyId, participantId: 'p-alice', kind: 'irritant', text: 'Secret' });
    await waitFor(
      () => toSnapshot(facilitator.doc).cards[privateId]?.hidden === true,
      "the facilitator receives Alice's private card",
    );
    expect(toSnapshot(facilitator.doc).cards[cardId]?.text).toBe('Modifié par Alice');
    await server.settled(board.id);
    const stored = toSnapshot(await storedDoc(server.store, board.id));
    expect(stored.cards[cardId]?.text).toBe('Modifié par Alice');
    expect(stored.cards[privateId]?.authorId).toBe('p-alice');
    expect(alice.closeCodes).toEqual([]);

    // Each forbidden change, from a fresh participant connection: refused, closed, nothing stored.
    const attempts: [string, (doc: Y.Doc) => void, RegExp][] = [
      ['add a phase while locked', (doc) => addPhase(doc, { journeyId, name: 'Intruse' }), /structure is locked/],
      ['start the timer', (doc) => startTimer(doc, { durationMs: 60_000, now: Date.now() }), /session/],
      ['reveal the cards', (doc) => revealCards(doc), /reveals private cards/],
      ['open a vote', (doc) => openVote(doc, { dotsPerParticipant: 3, kinds: ['irritant'] }), /session/],
    ];
    for (const [name, attempt, reason] of attempts) {
      const before = await storedBytes(server.store, board.id);
      const bob = await server.open(board.id, board.editToken);
      attempt(bob.doc);
      await waitFor(() => bob.closeCodes.length > 0, `the server closes on: ${name}`);
      expect(bob.closeCodes[0], name).toBe(4403);
      expect(bob.closeReasons[0], name).toMatch(/^forbidden: /);
      expect(bob.closeReasons[0], name).toMatch(reason);
      expect(bob.provider.shouldConnect, `${name}: the stock client does not resend it`).toBe(false);
      await server.settled(board.id);
      expect((await storedBytes(server.store, board.id)).equals(before), `${name}: stored bytes unchanged`).toBe(true);
      expect(server.app.rooms.loaded(board.id), 'the board stays open for the others').toBeDefined();
    }
    const session = readSession(facilitator.doc);
    expect(session.timer).toBeNull();
    expect(session.vote).toBeNull();
    expect(Object.values(toSnapshot(facilitator.doc).phases).some((p) => p.name === 'Intruse')).toBe(false);
    expect(toSnapshot(facilitator.doc).cards[privateId]?.hidden).toBe(true);
    // Alice, who did nothing forbidden, is still connected and still receives edits.
    expect(alice.provider.wsconnected).toBe(true);
  });

  it("stores and relays the facilitator's same changes", async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const facilitator = await server.open(board.id, board.facilitatorToken);
    const participant = await server.open(board.id, board.editToken);
    const journeyId = firstJourneyId(facilitator.doc);
    setPrivateMode(facilitator.doc, { on: true });
    await waitFor(() => readSession(participant.doc).privateMode, 'private mode reaches the participant');
    const privateId = addCardAs(participant.doc, { journeyId, participantId: 'p-bob', kind: 'note', text: 'Idée' });
    await waitFor(() => toSnapshot(facilitator.doc).cards[privateId] !== undefined, 'private card relayed');

    lockStructure(facilitator.doc, { locked: true });
    const phaseId = addPhase(facilitator.doc, { journeyId, name: 'Après-vente' });
    startTimer(facilitator.doc, { durationMs: 300_000, now: Date.now() });
    openVote(facilitator.doc, { dotsPerParticipant: 3, kinds: ['irritant'] });
    revealCards(facilitator.doc);

    await waitFor(() => {
      const s = toSnapshot(participant.doc);
      return (
        s.session.structureLocked &&
        s.session.timer !== null &&
        s.session.vote?.status === 'open' &&
        s.phases[phaseId] !== undefined &&
        s.cards[privateId]?.hidden === undefined
      );
    }, 'the participant receives every facilitator change');
    expect(facilitator.closeCodes).toEqual([]);
    await server.settled(board.id);
    const stored = toSnapshot(await storedDoc(server.store, board.id));
    expect(stored.session.structureLocked).toBe(true);
    expect(stored.session.timer?.durationMs).toBe(300_000);
    expect(stored.session.vote).toMatchObject({ status: 'open', dotsPerParticipant: 3, kinds: ['irritant'] });
    expect(stored.phases[phaseId]?.name).toBe('Après-vente');
    expect(stored.cards[privateId]?.hidden).toBeUndefined();
  });

  it('relays a presentation claim from the facilitator only', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const facilitator = await server.open(board.id, board.facilitatorToken);
    const participant = await server.open(board.id, board.editToken);
    const observer = await server.open(board.id, board.viewToken);
    const journeyId = firstJourneyId(facilitator.doc);
    const presenting = { journeyId, x: 10, y: 20, zoom: 1.5 };
    participant.provider.awareness.setLocalState({ user: { name: 'Bob' }, role: 'facilitator', presenting });
    facilitator.provider.awareness.setLocalState({ user: { name: 'Fanny' }, role: 'facilitator', presenting });
    const stateOf = (client: Client) => observer.provider.awareness.getStates().get(client.doc.clientID);
    await waitFor(
      () => stateOf(participant)?.user?.name === 'Bob' && stateOf(facilitator)?.user?.name === 'Fanny',
      'both presences reach the observer',
    );
    expect(toFacilitatorPresence(stateOf(facilitator))?.presenting).toEqual(presenting);
    expect(toFacilitatorPresence(stateOf(participant))).toBeNull();
    expect(stateOf(participant)).toEqual({ user: { name: 'Bob' } });
    expect(participant.closeCodes).toEqual([]);
  });
});
