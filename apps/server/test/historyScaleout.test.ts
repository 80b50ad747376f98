/**
 * A restore on a scaled-out deployment: asked of instance A (which does not even have the board
 * open), it reaches the clients connected to instance B through PostgreSQL and the Redis bus.
 */
import { addCard, addChannel, addPhase, removePhase, toSnapshot } from '@parcours/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/storage/postgres';
import { type Client, connect, createBoard, storedDoc, waitFor } from './helpers';
import { startInstance } from './scaleout';
import { type PostgresService, type RedisService, startPostgres, startRedis } from './services';

describe('history across instances', () => {
  let postgres: PostgresService;
  let redis: RedisService;
  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  });
  afterAll(async () => {
    await Promise.allSettled([postgres?.stop(), redis?.stop()]);
  });

  it('a restore on instance A reaches the clients on instance B', async () => {
    const services = { databaseUrl: await postgres.createDatabase(), redisUrl: redis.url };
    const [a, b] = [await startInstance(services), await startInstance(services)];
    const reader = await openPostgresStore({ url: services.databaseUrl, poolSize: 2 });
    const clients: Client[] = [];
    try {
      const board = await createBoard(a.app, { template: 'blank' });
      const onB = [0, 1].map(() => connect(b.syncUrl, board.id, board.editToken));
      clients.push(...onB);
      await waitFor(() => onB.every((c) => c.provider.synced), 'clients on B synced');
      const doc = onB[0]!.doc;
      const journeyId = Object.keys(toSnapshot(doc).journeys)[0]!;
      const channelId = addChannel(doc, { journeyId, name: 'Web' });
      const phaseId = addPhase(doc, { journeyId, name: 'Achat' });
      const cards = [1, 2, 3].map((i) =>
        addCard(doc, { journeyId, kind: 'irritant', text: `irritant ${i}`, cell: { phaseId, channelId } }),
      );
      await waitFor(async () => {
        const stored = toSnapshot(await storedDoc(reader, board.id));
        return cards.every((id) => stored.cards[id]);
      }, 'the cards in PostgreSQL');
      const api = (method: 'POST', url: string, payload: object) =>
        a.app.inject({ method, url: `${url}?token=${board.facilitatorToken}`, payload });
      const version = (await api('POST', `/api/boards/${board.id}/versions`, { name: 'v1' })).json() as { id: string };
      removePhase(doc, { phaseId });
      await waitFor(async () => !toSnapshot(await storedDoc(reader, board.id)).phases[phaseId], 'removal stored');

      const restored = await api('POST', `/api/boards/${board.id}/versions/${version.id}/restore`, {
        scope: 'cards',
        phaseIds: [phaseId],
      });
      expect(restored.statusCode).toBe(200);
      for (const client of onB) {
        await waitFor(() => toSnapshot(client.doc).phases[phaseId] !== undefined, 'the phase back on B');
        for (const id of cards) expect(toSnapshot(client.doc).cards[id]?.phaseId).toBe(phaseId);
      }
    } finally {
      for (const c of clients) c.destroy();
      await Promise.allSettled([a.close(), b.close(), reader.close()]);
      await postgres.dropDatabase(services.databaseUrl);
    }
  }, 60_000);
});
