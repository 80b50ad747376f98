/**
 * The PNG export's comment markers through the real server: `comments=1` numbers the cards' open
 * threads and lists them under the map (a taller image); without it the image is as before.
 */
import { addComment, authorKeyOf, layoutMap, toJson } from '@parcours/journey';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { createBoard, waitFor } from './helpers';
import { useServer } from './useServer';

const server = useServer();

it('adds numbered markers and their legend to the PNG when asked, and only then', async () => {
  const board = await createBoard(server.app, 'fr-purchase-8');
  const secret = 'lea-secret-0123456789';
  const client = await server.open(board.id, board.editToken, secret);
  const card = layoutMap(toJson(client.doc)).cards[0]!.card;
  addComment(client.doc, {
    anchor: { kind: 'card', id: card.id },
    author: { id: 'p-lea', name: 'Léa', key: authorKeyOf(secret)! },
    body: 'Le formulaire est trop long',
  });
  await waitFor(() => {
    const room = server.app.rooms.loaded(board.id);
    return !!room && room.idle && (toJson(room.doc).comments ?? []).length > 0;
  }, 'the server has the comment');

  const png = (query: string) =>
    server.app.inject({ url: `/api/boards/${board.id}/export.png?token=${board.viewToken}&pixelRatio=1${query}` });
  const plain = await png('');
  const marked = await png('&comments=1');
  expect(plain.statusCode).toBe(200);
  expect(marked.statusCode).toBe(200);
  const plainSize = await sharp(plain.rawPayload).metadata();
  const markedSize = await sharp(marked.rawPayload).metadata();
  expect(markedSize.width).toBe(plainSize.width);
  expect(markedSize.height).toBeGreaterThan(plainSize.height);
  expect((await png('&comments=yes')).statusCode).toBe(400);
});
