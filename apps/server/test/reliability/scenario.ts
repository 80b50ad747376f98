/**
 * One convergence scenario through the real relay: a few stock y-websocket clients on one board
 * apply random model commands while dropping and restoring their connections, then every peer
 * (clients, the server's live doc, the store) must show the same board, with the model's
 * invariants intact. The whole scenario is a function of its seed, so a failure replays.
 */

import { isDeepStrictEqual } from 'node:util';
import { toSnapshot } from '@parcours/journey';
import { applyOp, brokenInvariants, type Op, opArbitrary, seedJourney } from '@parcours/journey/testing';
import fc from 'fast-check';
import * as Y from 'yjs';
import { type Client, connect, createBoard, storedDoc, type TestServer, waitFor } from '../helpers';

export interface ScenarioShape {
  readonly clients: number;
  readonly commands: number;
}

/** What happens on the network after a command: nothing, a pause that lets frames flow, or a connection change. */
type After = { kind: 'none' } | { kind: 'deliver'; ms: number } | { kind: 'disconnect' } | { kind: 'reconnect' };

interface Step {
  readonly client: number;
  readonly op: Op;
  readonly after: After;
}

export interface ScenarioOutcome {
  readonly seed: number;
  readonly disconnects: number;
  readonly cards: number;
}

function scriptArbitrary(shape: ScenarioShape): fc.Arbitrary<Step[]> {
  const after: fc.Arbitrary<After> = fc.oneof(
    { weight: 12, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('deliver' as const), ms: fc.nat({ max: 3 }) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'disconnect' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'reconnect' as const }) },
  );
  const step = fc.record({ client: fc.nat({ max: shape.clients - 1 }), op: opArbitrary, after });
  return fc.array(step, { minLength: shape.commands, maxLength: shape.commands });
}

/** The script of one seed: the same commands, on the same clients, in the same order, every time. */
export function scriptOf(seed: number, shape: ScenarioShape): Step[] {
  return fc.sample(scriptArbitrary(shape), { seed, numRuns: 1 })[0]!;
}

export async function runScenario(server: TestServer, seed: number, shape: ScenarioShape): Promise<ScenarioOutcome> {
  const script = scriptOf(seed, shape);
  const board = await createBoard(server.app, { title: `Scénario ${seed}`, locale: 'fr', template: 'blank' });
  const clients: Client[] = [];
  try {
    // A workshop: the first client facilitates, the others hold the edit link.
    for (let i = 0; i < shape.clients; i++)
      clients.push(connect(server.syncUrl, board.id, i === 0 ? board.facilitatorToken : board.editToken));
    await Promise.all(clients.map((c) => waitFor(() => c.provider.synced, `seed ${seed}: client synced`, 30_000)));
    const journeyId = seedJourney(clients[0]!.doc);
    const seeded = Y.snapshot(clients[0]!.doc);
    await waitFor(
      () => clients.every((c) => Y.equalSnapshots(Y.snapshot(c.doc), seeded)),
      `seed ${seed}: every client receives the seeded journey`,
      30_000,
    );

    let disconnects = 0;
    for (const { client, op, after } of script) {
      applyOp(clients[client]!.doc, journeyId, op, `participant-${client}`, { facilitator: client === 0 });
      const provider = clients[client]!.provider;
      if (after.kind === 'deliver') await new Promise((resolve) => setTimeout(resolve, after.ms));
      else if (after.kind === 'disconnect' && provider.shouldConnect) {
        provider.disconnect();
        disconnects++;
      } else if (after.kind === 'reconnect' && !provider.shouldConnect) provider.connect();
    }

    for (const c of clients) if (!c.provider.shouldConnect) c.provider.connect();
    const room = () => server.app.rooms.loaded(board.id);
    await waitFor(
      () => {
        const live = room();
        if (!live) return false;
        const reference = Y.snapshot(live.doc);
        return clients.every((c) => c.provider.synced && Y.equalSnapshots(Y.snapshot(c.doc), reference));
      },
      `seed ${seed}: every client holds what the server holds`,
      30_000,
    );

    const expected = toSnapshot(room()!.doc);
    const stored = await storedDoc(server.store, board.id);
    const peers = [
      ...clients.map((c, i) => ({ name: `client ${i}`, snapshot: toSnapshot(c.doc) })),
      { name: 'store', snapshot: toSnapshot(stored) },
    ];
    stored.destroy();
    for (const peer of peers) {
      if (!isDeepStrictEqual(peer.snapshot, expected)) {
        throw new ScenarioError(seed, `${peer.name} differs from the server's board`, peer.snapshot, expected);
      }
      const broken = brokenInvariants(peer.snapshot);
      if (broken.length > 0) throw new ScenarioError(seed, `${peer.name} breaks invariants: ${broken.join('; ')}`);
    }
    return { seed, disconnects, cards: Object.keys(expected.cards).length };
  } catch (err) {
    if (err instanceof ScenarioError) throw err;
    throw new ScenarioError(seed, (err as Error).message);
  } finally {
    for (const c of clients) c.destroy();
  }
}

/** A failed scenario, with the command that replays it alone (PARCOURS_SEED=<seed>). */
export class ScenarioError extends Error {
  constructor(
    readonly seed: number,
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(
      `seed ${seed} (replay: PARCOURS_SEED=${seed} pnpm vitest run apps/server/test/reliability/convergence.1.test.ts): ${message}`,
    );
    this.name = 'ScenarioError';
  }
}
