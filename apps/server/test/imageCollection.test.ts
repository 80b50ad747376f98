/**
 * Unused-image collection on a real server: an image goes once no card of the live board shows it
 * and it is past its grace period; what the history hook names stays.
 */
import { addCard, toSnapshot, updateCard } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { collectUnusedImages } from '../src/images/collectImages';
import type { ImageStore } from '../src/images/imageStore';
import { openSqliteImages } from '../src/images/sqliteImages';
import { connect, createBoard, firstJourneyId, startServer, synced, waitFor } from './helpers';
import { solidPng, uploadedImage } from './imageUploads';
import { useServer } from './useServer';

const images: ImageStore = openSqliteImages({ file: ':memory:' });
const server = useServer({ images: { store: images, collectEveryMs: 0 } });

async function upload(boardId: string, token: string, color: string) {
  return uploadedImage(server.app, boardId, token, await solidPng(color, 16));
}

/** Waits until a round of the server's own collection removed the image `hash`. */
async function collected(store: ImageStore, boardId: string, hash?: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await store.list(boardId)).some((i) => hash === undefined || i.hash === hash)) {
    if (Date.now() > deadline) throw new Error('the unused image was not collected');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** How many cards the board holds (a room not loaded yet: none). */
const cardCount = (doc: Y.Doc | undefined) => (doc ? Object.keys(toSnapshot(doc).cards).length : 0);

describe('unused-image collection', () => {
  it('removes images no card shows once past the grace period, keeps those shown or named by the history hook', async () => {
    const board = await createBoard(server.app);
    const shown = await upload(board.id, board.editToken, '#f00');
    const dropped = await upload(board.id, board.editToken, '#0f0');
    const inHistory = await upload(board.id, board.editToken, '#00f');
    const editor = connect(server.syncUrl, board.id, board.editToken);
    try {
      await synced(editor);
      const cardId = addCard(editor.doc, { journeyId: firstJourneyId(editor.doc), kind: 'touchpoint' });
      updateCard(editor.doc, { cardId, image: shown });
      await waitFor(() => cardCount(server.app.rooms.loaded(board.id)?.doc) === 1, 'the server has the card');
      const options = { images, rooms: server.app.rooms };
      // Within the grace period nothing goes: the upload of a card being created must survive.
      expect(await collectUnusedImages({ ...options, graceMs: 60_000 }, board.id)).toBe(0);
      const history = async () => new Set([inHistory.hash]);
      expect(await collectUnusedImages({ ...options, graceMs: 0, referencedElsewhere: history }, board.id)).toBe(1);
      const left = (await images.list(board.id)).map((i) => i.hash).sort();
      expect(left).toEqual([shown.hash, inHistory.hash].sort());
      expect(left).not.toContain(dropped.hash);
    } finally {
      editor.destroy();
    }
  });

  it("runs on the server's own timer over every board with images", async () => {
    const store = openSqliteImages({ file: ':memory:' });
    const timed = await startServer({ images: { store, collectEveryMs: 50, graceMs: 0 } });
    try {
      const board = await createBoard(timed.app);
      await uploadedImage(timed.app, board.id, board.editToken, await solidPng('#abc', 8));
      // No card shows it: the next round of collection removes it.
      await collected(store, board.id);
    } finally {
      await timed.close();
    }
  });

  it('keeps a picture that only a saved version shows, so restoring that version brings it back', async () => {
    const store = openSqliteImages({ file: ':memory:' });
    const timed = await startServer({ images: { store, collectEveryMs: 50, graceMs: 0 } });
    const board = await createBoard(timed.app);
    const editor = connect(timed.syncUrl, board.id, board.editToken);
    try {
      const post = async (color: string) =>
        uploadedImage(timed.app, board.id, board.editToken, await solidPng(color, 8));
      const inVersion = await post('#123');
      await synced(editor);
      const cardId = addCard(editor.doc, { journeyId: firstJourneyId(editor.doc), kind: 'touchpoint' });
      updateCard(editor.doc, { cardId, image: inVersion });
      await waitFor(() => cardCount(timed.app.rooms.loaded(board.id)?.doc) === 1, 'the server has the card');
      const saved = await timed.app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/versions?token=${board.editToken}`,
        payload: { name: 'Après l’atelier' },
      });
      expect(saved.statusCode).toBe(201);
      updateCard(editor.doc, { cardId, image: null });
      const unused = await post('#456');
      // The unused picture going shows collection ran; the one the version shows stays.
      await collected(store, board.id, unused.hash);
      expect((await store.list(board.id)).map((i) => i.hash)).toContain(inVersion.hash);
    } finally {
      editor.destroy();
      await timed.close();
    }
  });
});
