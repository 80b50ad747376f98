/**
 * A view link lets nobody write: a viewer tries every write the protocol allows (model commands
 * through the stock provider, raw sync step 2 and update frames, deletions of everything, session
 * changes, awareness in an editor's name) and the board's stored bytes do not change by one.
 *
 * Facilitator rights (structure lock, timer, reveal refused to a participant) are not enforced
 * by the relay yet: see docs/RELIABILITY.md.
 */
import {
  addCard,
  lockStructure,
  openVote,
  removeCards,
  renameBoard,
  revealCards,
  setPrivateMode,
  startTimer,
  toSnapshot,
} from '@parcours/journey';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { BoardStore } from '../../src/storage/store';
import { createBoard, storedBytes, waitFor } from '../helpers';
import { forceRootEntry } from '../hostileEdits';
import { useServer } from '../useServer';
import { awarenessFrame, syncFrame } from './fuzzFrames';
import { writeResult } from './results';

/** The board's rows as bytes: snapshot, update log and token hashes. */
async function storedRows(store: BoardStore, boardId: string): Promise<Buffer> {
  const record = await store.describe(boardId);
  if (!record) throw new Error(`no board ${boardId}`);
  return Buffer.concat([await storedBytes(store, boardId), ...record.tokens.map((t) => Buffer.from(t.hash))]);
}

/** Sends frames as a viewer, then a sync step 1 whose reply proves every earlier frame was handled. */
async function sendAsViewer(url: string, frames: readonly Uint8Array[]): Promise<{ closeCode: number | null }> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const replied = new Promise<void>((resolve) =>
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1) resolve();
    }),
  );
  for (const frame of frames) socket.send(frame, { binary: true });
  socket.send(syncFrame(0, Uint8Array.of(0)), { binary: true });
  const outcome = await Promise.race([replied.then(() => null), closed, timeout(10_000)]);
  socket.terminate();
  return { closeCode: outcome };
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no reply within ${ms} ms`)), ms).unref());
}

describe('roles: a view link cannot write', () => {
  const server = useServer({ logLevel: false });

  it('leaves the stored board byte for byte as it was, whatever a viewer sends', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const before = await storedRows(server.store, board.id);

    // 1. The stock provider with a view token, running model commands (as a tampered web app would).
    const [viewer, editor] = await Promise.all([
      server.open(board.id, board.viewToken),
      server.open(board.id, board.editToken),
    ]);
    // A state of its own (clock 1): stock clients ignore a newcomer's clock-0 state.
    editor.provider.awareness.setLocalStateField('user', { name: 'Éditrice' });
    const snapshot = toSnapshot(viewer.doc);
    const journeyId = Object.keys(snapshot.journeys)[0]!;
    const cardIds = Object.keys(snapshot.cards);
    const attempts: [string, () => void][] = [
      ['rename the board', () => renameBoard(viewer.doc, { title: 'Piraté' })],
      ['add a card', () => addCard(viewer.doc, { journeyId, kind: 'irritant', text: 'intrus', cell: null })],
      ['remove every card', () => removeCards(viewer.doc, { cardIds })],
      ['lock the structure', () => lockStructure(viewer.doc, { locked: true })],
      ['start the timer', () => startTimer(viewer.doc, { durationMs: 60_000, now: Date.now() })],
      ['open a vote', () => openVote(viewer.doc, { dotsPerParticipant: 3, kinds: ['irritant'] })],
      ['turn on private mode', () => setPrivateMode(viewer.doc, { on: true })],
      ['reveal cards', () => revealCards(viewer.doc)],
    ];
    const ran: string[] = [];
    for (const [name, attempt] of attempts) {
      try {
        attempt();
        ran.push(name);
      } catch {
        // A command that refuses its input here is not a write attempt; the others still run.
      }
    }
    expect(ran.length).toBeGreaterThanOrEqual(6);
    const viewerEdits = Y.encodeStateAsUpdate(viewer.doc, Y.encodeStateVector(editor.doc));

    // 2. Raw frames: the viewer's edits as step 2 and as an update, a whole foreign doc, a deletion
    // of everything the board holds, and awareness in the editor's name.
    const foreign = new Y.Doc();
    forceRootEntry(foreign, 'intrus', 'clé', 'valeur');
    const eraser = new Y.Doc();
    Y.applyUpdate(eraser, Y.encodeStateAsUpdate(editor.doc));
    removeCards(eraser, { cardIds });
    renameBoard(eraser, { title: '' });
    const erase = Y.encodeStateAsUpdate(eraser, Y.encodeStateVector(editor.doc));
    const frames = [
      syncFrame(1, viewerEdits),
      syncFrame(2, viewerEdits),
      syncFrame(2, Y.encodeStateAsUpdate(foreign)),
      syncFrame(2, erase),
      syncFrame(1, erase),
      awarenessFrame([{ clientId: editor.doc.clientID, clock: 999, state: 'null' }]),
    ];
    foreign.destroy();
    eraser.destroy();
    const url = `${server.syncUrl}/${board.id}?token=${board.viewToken}`;
    const raw = await sendAsViewer(url, frames);
    expect(raw.closeCode, 'the viewer stays connected and gets its reply').toBe(null);

    // The editor saw none of it, and still has its own presence on the board.
    expect(toSnapshot(editor.doc)).toEqual(snapshot);
    const late = await server.open(board.id, board.editToken);
    expect(toSnapshot(late.doc)).toEqual(snapshot);
    await waitFor(
      () => late.provider.awareness.getStates().get(editor.doc.clientID)?.user?.name === 'Éditrice',
      'editor presence intact',
    );

    // Everyone leaves; the board is stored and unloaded; its bytes are what they were.
    server.closeClients();
    await waitFor(() => server.app.rooms.loaded(board.id) === undefined, 'board unloaded');
    const after = await storedRows(server.store, board.id);
    const changed = Buffer.compare(before, after) !== 0;
    writeResult('roles-view', {
      modelCommandsTried: ran.length,
      rawFramesTried: frames.length,
      storedBytes: before.byteLength,
      storedBytesChanged: changed ? Math.abs(after.byteLength - before.byteLength) || 1 : 0,
    });
    expect(changed, 'the stored board changed').toBe(false);
  });
});
