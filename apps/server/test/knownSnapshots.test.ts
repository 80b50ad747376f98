/**
 * A board this server stored itself (just created, or compacted before it unloaded) is served from
 * its snapshot without building a doc (relay/knownSnapshots.ts): with real clients on a real
 * server, its first joiners sync from the stored bytes while the room stays asleep, the first
 * edit wakes it and is stored, and a store that changed behind the server's back is read the
 * slow way, edits included.
 */
import { addCard, setCardText, toSnapshot } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Client, createBoard, firstJourneyId, storedDoc, waitFor } from './helpers';
import { useServer } from './useServer';

describe('boards served from a snapshot this server wrote', () => {
  // Idle boards never fall asleep on their own here: a room that is asleep was loaded asleep.
  const server = useServer({ boardSleepMs: 0 });
  const close = async (client: Client, boardId: string) => {
    client.destroy();
    await waitFor(() => server.app.rooms.loaded(boardId) === undefined, 'the board unloaded');
  };

  it('opens a new board without building its doc, and wakes it on the first edit', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const alice = await server.open(board.id, board.editToken);
    const room = server.app.rooms.loaded(board.id)!;
    expect(room.asleep).toBe(true);
    expect(toSnapshot(alice.doc)).toEqual(toSnapshot(await storedDoc(server.store, board.id)));

    const cardId = addCard(alice.doc, { journeyId: firstJourneyId(alice.doc), kind: 'irritant', text: 'Attente' });
    const bob = await server.open(board.id, board.viewToken);
    await waitFor(() => toSnapshot(bob.doc).cards[cardId]?.text === 'Attente', 'bob sees the new card');
    expect(room.asleep).toBe(false);
    await waitFor(() => room.idle, 'stored');
    expect(toSnapshot(await storedDoc(server.store, board.id)).cards[cardId]?.text).toBe('Attente');
  });

  it('reopens a board from the snapshot it was compacted into, and reads a changed store the slow way', async () => {
    const board = await createBoard(server.app, { title: 'Atelier', locale: 'fr', template: 'blank' });
    const alice = await server.open(board.id, board.editToken);
    const cardId = addCard(alice.doc, { journeyId: firstJourneyId(alice.doc), kind: 'note', text: 'Idée' });
    // Relayed only once stored (persist before relay): a viewer that has the card means it is stored.
    const viewer = await server.open(board.id, board.viewToken);
    await waitFor(() => toSnapshot(viewer.doc).cards[cardId] !== undefined, 'the card is stored and relayed');
    const edited = toSnapshot(alice.doc);
    viewer.destroy();
    await close(alice, board.id);
    expect((await server.store.load(board.id))?.updates).toHaveLength(0);

    const again = await server.open(board.id, board.viewToken);
    expect(server.app.rooms.loaded(board.id)!.asleep).toBe(true);
    expect(toSnapshot(again.doc)).toEqual(edited);
    await close(again, board.id);

    // Another instance (here: the store directly) appends an edit: the snapshot is no longer the
    // whole board, so the next load builds the doc from snapshot and log.
    const other = await storedDoc(server.store, board.id);
    const before = Y.encodeStateVector(other);
    setCardText(other, { cardId, text: 'Idée reprise ailleurs' });
    await server.store.append(board.id, [Y.encodeStateAsUpdate(other, before)]);
    const late = await server.open(board.id, board.viewToken);
    expect(server.app.rooms.loaded(board.id)!.asleep).toBe(false);
    expect(toSnapshot(late.doc).cards[cardId]?.text).toBe('Idée reprise ailleurs');
  });
});
