/**
 * What one restore may cost: each stores a safety checkpoint (a whole board) and writes the
 * difference, so a board is restored at most RESTORES_PER_BOARD_PER_HOUR times an hour, and the
 * log a restore leaves (the board twice over) is folded right after, back near the restored size.
 */
import { addCard } from '@parcours/journey';
import { expect, it } from 'vitest';
import { RESTORES_PER_BOARD_PER_HOUR } from '../src/routes/history';
import { createBoard, firstJourneyId, type TestServer, waitFor } from './helpers';
import { useServerPerTest } from './useServer';

const startServer = useServerPerTest();

/** A board with a named version, and a way to call the server with a token. */
async function boardWithVersion() {
  const server = await startServer({ checkpointEveryMs: 60 * 60 * 1000 });
  const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url: `${url}?token=${token}`, ...(payload ? { payload } : {}) });
  const board = await createBoard(server.app, 'fr-purchase-8');
  const saved = await call('POST', `/api/boards/${board.id}/versions`, board.editToken, { name: 'Avant' });
  const restore = () =>
    call('POST', `/api/boards/${board.id}/versions/${saved.json().id}/restore`, board.facilitatorToken, {
      scope: 'board',
    });
  return { server, call, board, restore };
}

it(`refuses the restore past ${RESTORES_PER_BOARD_PER_HOUR} an hour, storing nothing more`, async () => {
  const { call, board, restore } = await boardWithVersion();
  for (let i = 0; i < RESTORES_PER_BOARD_PER_HOUR; i++) expect((await restore()).statusCode).toBe(200);
  const refused = await restore();
  expect(refused.statusCode).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(60);
  expect(refused.json().error).toMatch(/restored 30 times in the last hour/);
  const versions = (await call('GET', `/api/boards/${board.id}/versions`, board.editToken)).json().versions;
  expect(versions).toHaveLength(1 + RESTORES_PER_BOARD_PER_HOUR); // the named one and one safety per restore
});

it('folds the log a restore leaves, so the board is stored as its restored state', async () => {
  const { server, board, restore } = await boardWithVersion();
  const client = await server.open(board.id, board.editToken);
  const journeyId = firstJourneyId(client.doc);
  for (let i = 0; i < 20; i++) addCard(client.doc, { journeyId, kind: 'irritant', text: `Irritant ${i}` });
  const loaded = (s: TestServer) => s.app.rooms.loaded(board.id);
  await waitFor(() => (loaded(server)?.storedUpdatesSinceSnapshot ?? 0) > 0, 'the edits stored');
  expect((await restore()).statusCode).toBe(200);
  await waitFor(() => loaded(server)?.storedUpdatesSinceSnapshot === 0, 'the log folded');
  expect((await server.store.load(board.id))?.updates).toHaveLength(0);
});
