import { addCard, createBoardDoc } from '@parcours/journey';
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { firstJourneyId } from '../../test/helpers';
import { BoardState } from './boardState';
import { SyncReplies } from './syncReplies';

describe('SyncReplies', () => {
  const states: BoardState[] = [];
  afterEach(() => {
    for (const s of states.splice(0)) s.destroy();
  });
  const make = (doc: Y.Doc) => {
    const replies: { current?: SyncReplies } = {};
    const state = new BoardState(doc, {
      sleepAfterMs: 0,
      onUpdate: () => replies.current?.clear(),
      canSleep: () => true,
    });
    states.push(state);
    replies.current = new SyncReplies(state);
    return replies.current;
  };

  it('gives every client that has nothing of the board the same frame, until the board changes', () => {
    const doc = createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'fr-purchase-8' });
    const replies = make(doc);
    const fresh = Y.encodeStateVector(new Y.Doc());
    // A client with content of another board only: it needs everything too.
    const stranger = Y.encodeStateVector(createBoardDoc({ locale: 'en', template: 'blank' }));
    const first = replies.reply(fresh);
    expect(replies.reply(fresh)).toBe(first);
    expect(replies.reply(stranger)).toBe(first);
    // What a fresh client receives is the whole board.
    const client = new Y.Doc();
    Y.applyUpdate(client, readStep2(first));
    expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(doc));

    addCard(doc, { journeyId: firstJourneyId(doc), kind: 'note', text: 'Nouvelle carte' });
    const after = replies.reply(fresh);
    expect(after).not.toBe(first);
    expect(replies.reply(fresh)).toBe(after);
  });

  it('keeps a small reply to the same state vector, and encodes another state vector afresh', () => {
    const doc = createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'fr-purchase-8' });
    const replies = make(doc);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    addCard(doc, { journeyId: firstJourneyId(doc), kind: 'irritant', text: 'Attente' });
    const vector = Y.encodeStateVector(client);
    const reply = replies.reply(vector);
    expect(replies.reply(new Uint8Array(vector))).toBe(reply);
    Y.applyUpdate(client, readStep2(reply));
    expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(doc));
  });
});

/** The update inside a sync step 2 frame ([0, 1, length-prefixed update]). */
function readStep2(frame: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(frame);
  expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 1]);
  return decoding.readVarUint8Array(decoder);
}
