/**
 * A restore while people keep editing, through the real relay: stock clients apply random model
 * commands (the model's random-ops generator, from the run's seed) before, during and after a
 * REST restore; then every client, the server's live doc and the store show the same board, with
 * the model's invariants intact.
 */
import { isDeepStrictEqual } from 'node:util';
import { toSnapshot } from '@parcours/journey';
import { applyOp, brokenInvariants, opArbitrary, seedJourney, testSeed } from '@parcours/journey/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Client, connect, createBoard, storedDoc, waitFor } from './helpers';
import { useServer } from './useServer';

const SEEDS = [0, 1, 2].map((i) => testSeed() + i);
const CLIENTS = 3;
const OPS = 40;

describe('a restore while others edit', () => {
  const server = useServer();

  for (const seed of SEEDS) {
    it(`converges on every peer with the invariants intact (seed ${seed})`, async () => {
      const ops = fc.sample(fc.record({ client: fc.nat({ max: CLIENTS - 1 }), op: opArbitrary }), {
        seed,
        numRuns: OPS,
      });
      const board = await createBoard(server.app, { title: 'Restauration', locale: 'fr', template: 'blank' });
      const clients: Client[] = [];
      try {
        for (let i = 0; i < CLIENTS; i++)
          clients.push(connect(server.syncUrl, board.id, i === 0 ? board.facilitatorToken : board.editToken));
        await Promise.all(clients.map((c) => waitFor(() => c.provider.synced, 'client synced')));
        const journeyId = seedJourney(clients[0]!.doc);
        const apply = (from: number, to: number) => {
          for (const { client, op } of ops.slice(from, to))
            applyOp(clients[client]!.doc, journeyId, op, `participant-${client}`, { facilitator: client === 0 });
        };
        const inSync = () => {
          const room = server.app.rooms.loaded(board.id);
          if (!room) return false;
          const reference = Y.snapshot(room.doc);
          return clients.every((c) => Y.equalSnapshots(Y.snapshot(c.doc), reference));
        };
        apply(0, OPS / 2);
        await waitFor(inSync, 'first half everywhere');
        const saved = await server.app.inject({
          method: 'POST',
          url: `/api/boards/${board.id}/versions?token=${board.facilitatorToken}`,
          payload: { name: 'milieu' },
        });
        const version = saved.json() as { id: string };
        apply(OPS / 2, (OPS * 3) / 4);
        const restoring = server.app.inject({
          method: 'POST',
          url: `/api/boards/${board.id}/versions/${version.id}/restore?token=${board.facilitatorToken}`,
          payload: { scope: 'board' },
        });
        apply((OPS * 3) / 4, OPS);
        expect((await restoring).statusCode).toBe(200);
        await waitFor(inSync, 'every client holds what the server holds');
        const expected = toSnapshot(server.app.rooms.loaded(board.id)!.doc);
        const stored = toSnapshot(await storedDoc(server.store, board.id));
        for (const snapshot of [...clients.map((c) => toSnapshot(c.doc)), stored]) {
          expect(isDeepStrictEqual(snapshot, expected)).toBe(true);
          expect(brokenInvariants(snapshot)).toEqual([]);
        }
      } finally {
        for (const c of clients) c.destroy();
      }
    }, 60_000);
  }
});
