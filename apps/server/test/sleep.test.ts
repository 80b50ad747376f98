/**
 * Idle boards sleep (relay/boardState.ts): with real clients on a real server, a board nobody
 * edits for a while is held only as its encoded state, answers joining clients from it, and wakes
 * on the next edit without losing or duplicating anything, in memory or in the store.
 */
import { addCard, setCardText, toSnapshot } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { createBoard, firstJourneyId, storedDoc, waitFor } from './helpers';
import { useServer } from './useServer';

describe('idle boards sleep and wake', () => {
  const server = useServer({ boardSleepMs: 100 });

  const health = async () => (await server.app.inject({ url: '/api/health' })).json();

  it('serves joiners from the sleeping board and wakes on the next edit', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const alice = await server.open(board.id, board.editToken);
    const journeyId = firstJourneyId(alice.doc);
    const cardId = addCard(alice.doc, { journeyId, kind: 'irritant', text: 'Délai de livraison' });
    const room = () => server.app.rooms.loaded(board.id)!;
    await waitFor(() => room().asleep, 'the board fell asleep');
    expect(await health()).toMatchObject({ boards: 1, asleep: 1 });

    // A joiner gets everything from the encoding; the board stays asleep.
    const bob = await server.open(board.id, board.editToken);
    expect(toSnapshot(bob.doc).cards[cardId]?.text).toBe('Délai de livraison');
    const viewer = await server.open(board.id, board.viewToken);
    expect(toSnapshot(viewer.doc)).toEqual(toSnapshot(alice.doc));

    // Bob edits: the board wakes, and everyone (viewer included) gets the edit.
    setCardText(bob.doc, { cardId, text: 'Délai de livraison trop long' });
    await waitFor(() => toSnapshot(alice.doc).cards[cardId]?.text === 'Délai de livraison trop long', 'alice sees it');
    await waitFor(
      () => toSnapshot(viewer.doc).cards[cardId]?.text === 'Délai de livraison trop long',
      'viewer sees it',
    );
    // It sleeps again, and the store holds exactly what the clients hold.
    await waitFor(() => room().asleep, 'asleep again');
    expect(toSnapshot(await storedDoc(server.store, board.id))).toEqual(toSnapshot(alice.doc));
    // A REST read sees the latest edit.
    const summary = await server.app.inject({ url: `/api/boards/${board.id}/export.json?token=${board.viewToken}` });
    expect(summary.statusCode).toBe(200);
    expect(JSON.stringify(summary.json())).toContain('Délai de livraison trop long');
  });

  it('compacts a sleeping board from its encoding', async () => {
    const board = await createBoard(server.app, { title: 'Atelier', locale: 'fr', template: 'blank' });
    const alice = await server.open(board.id, board.editToken);
    const journeyId = firstJourneyId(alice.doc);
    for (let i = 0; i < 20; i++) addCard(alice.doc, { journeyId, kind: 'note', text: `Idée ${i}` });
    await waitFor(() => server.app.rooms.loaded(board.id)?.asleep === true, 'asleep');
    alice.destroy();
    await waitFor(() => server.app.rooms.loaded(board.id) === undefined, 'unloaded');
    const stored = await server.store.load(board.id);
    expect(stored?.updates).toHaveLength(0);
    expect(Object.keys(toSnapshot(await storedDoc(server.store, board.id)).cards)).toHaveLength(20);
  });
});
