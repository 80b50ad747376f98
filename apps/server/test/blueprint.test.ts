/**
 * Service-blueprint lanes through a real server (stock y-websocket clients, real SQLite): an
 * editor's lane edits (blueprint lanes added, a row moved to a lane, a backstage card linked to a
 * touchpoint) pass the relay's shape check, reach the other participants, are stored and come out
 * in the JSON and PNG exports; a malformed lane is refused whole and nothing is stored.
 */
import {
  addBlueprintLanes,
  addCard,
  readMapFromPng,
  setChannelLane,
  toJourneyView,
  toSnapshot,
  updateCard,
} from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { exportJson } from './boardFiles';
import { createBoard, firstJourneyId, storedBytes, storedDoc, waitFor } from './helpers';
import { forceRecordField } from './hostileEdits';
import { useServer } from './useServer';

describe('service-blueprint lanes on the relay', () => {
  const server = useServer({ scratchRoots: [] });

  it("stores and relays an editor's lanes and backstage link, and exports them", async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const alice = await server.open(board.id, board.editToken);
    const bob = await server.open(board.id, board.editToken);
    const journeyId = firstJourneyId(alice.doc);
    const cardsBefore = toSnapshot(alice.doc).cards;
    const [backstage] = addBlueprintLanes(alice.doc, { journeyId });
    const view = toJourneyView(toSnapshot(alice.doc), journeyId)!;
    setChannelLane(alice.doc, { channelId: view.channels[0]!.id, lane: 'customer' });
    const touchpoint = Object.values(cardsBefore).find((c) => c.kind === 'touchpoint')!;
    const note = addCard(alice.doc, {
      journeyId,
      kind: 'note',
      text: 'Préparer la commande',
      cell: { phaseId: touchpoint.phaseId!, channelId: backstage! },
    });
    updateCard(alice.doc, { cardId: note, touchpointId: touchpoint.id });
    await waitFor(() => toSnapshot(bob.doc).cards[note]?.touchpointId === touchpoint.id, 'Bob sees the linked card');
    expect(alice.closeCodes).toEqual([]);

    await server.settled(board.id);
    const stored = toSnapshot(await storedDoc(server.store, board.id));
    expect(stored.channels[backstage!]?.lane).toBe('backstage');
    expect(stored.channels[view.channels[0]!.id]?.lane).toBe('customer');
    expect(stored.cards[note]?.touchpointId).toBe(touchpoint.id);
    for (const [id, card] of Object.entries(cardsBefore)) expect(stored.cards[id]).toEqual(card);

    const json = await exportJson(server.app, board);
    const journey = json.json().journeys[0];
    expect(journey.channels.filter((c: { lane?: string }) => c.lane).map((c: { lane: string }) => c.lane)).toEqual([
      'customer',
      'backstage',
      'support',
    ]);
    expect(journey.cards.find((c: { id: string }) => c.id === note)).toMatchObject({
      channelId: backstage,
      touchpointId: touchpoint.id,
    });
    const png = await server.app.inject({
      method: 'GET',
      url: `/api/boards/${board.id}/export.png?token=${board.viewToken}`,
    });
    expect(png.statusCode).toBe(200);
    expect(readMapFromPng(new Uint8Array(png.rawPayload))).toEqual(json.json());
  });

  it('refuses a malformed lane whole, stores nothing and keeps the board open', async () => {
    const board = await createBoard(server.app, { title: 'Atelier', locale: 'en', template: 'en-blueprint' });
    const alice = await server.open(board.id, board.editToken);
    const channelId = toJourneyView(toSnapshot(alice.doc), firstJourneyId(alice.doc))!.channels[0]!.id;
    await server.settled(board.id);
    const before = await storedBytes(server.store, board.id);
    const mallory = await server.open(board.id, board.editToken);
    forceRecordField(mallory.doc, 'channels', channelId, 'lane', 42);
    await waitFor(() => mallory.closeCodes.length > 0, 'the server closes Mallory');
    expect(mallory.closeCodes[0]).toBe(4403);
    expect(mallory.closeReasons[0]).toMatch(/lane/);
    await server.settled(board.id);
    expect((await storedBytes(server.store, board.id)).equals(before)).toBe(true);
    expect(toSnapshot(alice.doc).channels[channelId]?.lane).toBe('customer');
    // Alice's own lane edit still goes through.
    const carol = await server.open(board.id, board.editToken);
    setChannelLane(alice.doc, { channelId, lane: 'support' });
    await waitFor(() => toSnapshot(carol.doc).channels[channelId]?.lane === 'support', 'Carol sees the new lane');
    expect(alice.closeCodes).toEqual([]);
  });
});
