/**
 * What one restore may cost: each stores a safety checkpoint (a whole board) and writes the
 * difference, so a board is restored at most RESTORES_PER_BOARD_PER_HOUR times an hour, and the
 * log a restore leaves (the board twice over) is folded right after, back near the restored size.
 */
import { addCard } from '@parcours/journey';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RESTORES_PER_BOARD_PER_HOUR } from '../src/routes/history';
import {
  type Client,
  connect,
  createBoard,
  firstJourneyId,
  startServer,
  synced,
  type TestServer,
  waitFor,
} from './helpers';

let server: TestServer;
let client: Client | undefined;
beforeEach(async () => {
  server = await startServer({ checkpointEveryMs: 60 * 60 * 1000 });
});
afterEach(async () => {
  client?.destroy();
  await server.close();
});

const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  server.app.inject({ method, url: `${url}?token=${token}`, ...(payload ? { payload } : {}) });

it(`refuses the restore past ${RESTORES_PER_BOARD_PER_HOUR} an hour, storing nothing more`, async () => {
  const board = await createBoard(server.app, { title: 'Atelier', locale: 'fr', template: 'fr-purchase-8' });
  const saved = await call('POST', `/api/boards/${board.id}/versions`, board.editToken, { name: 'Avant' });
  const versionId = saved.json().id as string;
  const restore = () =>
    call('POST', `/api/boards/${board.id}/versions/${versionId}/restore`, board.facilitatorToken, { scope: 'board' });
  for (let i = 0; i < RESTORES_PER_BOARD_PER_HOUR; i++) expect((await restore()).statusCode).toBe(200);
  const refused = await restore();
  expect(refused.statusCode).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(60);
  expect(refused.json().error).toMatch(/restored 30 times in the last hour/);
  const versions = (await call('GET', `/api/boards/${board.id}/versions`, board.editToken)).json().versions;
  expect(versions).toHaveLength(1 + RESTORES_PER_BOARD_PER_HOUR); // the named one and one safety per restore
});

it('folds the log a restore leaves, so the board is stored as its restored state', async () => {
  const board = await createBoard(server.app, { title: 'Atelier', locale: 'fr', template: 'fr-purchase-8' });
  const saved = await call('POST', `/api/boards/${board.id}/versions`, board.editToken, { name: 'Avant' });
  client = connect(server.syncUrl, board.id, board.editToken);
  await synced(client);
  const journeyId = firstJourneyId(client.doc);
  for (let i = 0; i < 20; i++) addCard(client.doc, { journeyId, kind: 'irritant', text: `Irritant ${i}` });
  await waitFor(() => (server.app.rooms.loaded(board.id)?.storedUpdatesSinceSnapshot ?? 0) > 0, 'the edits stored');
  const restored = await call(
    'POST',
    `/api/boards/${board.id}/versions/${saved.json().id}/restore`,
    board.facilitatorToken,
    {
      scope: 'board',
    },
  );
  expect(restored.statusCode).toBe(200);
  await waitFor(() => server.app.rooms.loaded(board.id)?.storedUpdatesSinceSnapshot === 0, 'the log folded');
  const stored = await server.store.load(board.id);
  expect(stored?.updates).toHaveLength(0);
});
