/**
 * A restore is one change: a server SIGKILLed while restoring leaves the board as it was before or
 * as it is after, never with a phase back but half its cards still in the tray. Each round restores
 * another board (a phase deleted since its saved version) and kills the server after a different
 * delay; a fresh server then reads every board back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCard, removePhase, toSnapshot } from '@parcours/journey';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, createBoardAt, firstJourneyId, synced } from './helpers';
import { ServerPool, type ServerProcess } from './reliability/serverProcess';
import { freePort } from './services';

const DELAYS_MS = [0, 1, 3, 6, 10, 20, 40, 80];

interface Prepared {
  readonly id: string;
  readonly facilitatorToken: string;
  readonly viewToken: string;
  readonly versionId: string;
  readonly phaseId: string;
  readonly cardIds: readonly string[];
}

describe('a restore killed halfway', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-history-crash-'));
  let pool: ServerPool | undefined;
  let server: ServerProcess | undefined;

  afterAll(async () => {
    await pool?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves each board before or after the restore, never in between', { timeout: 170_000 }, async () => {
    const port = await freePort();
    pool = new ServerPool({ port, env: { DATA_DIR: dataDir }, warm: 1 });
    const base = `http://127.0.0.1:${port}`;
    server = await pool.next();

    const boards: Prepared[] = [];
    for (let i = 0; i < DELAYS_MS.length; i++) boards.push(await prepare(base, port));
    // The clients left: each board is stored and unloaded within a tick or two.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await server.kill();

    const outcomes: string[] = [];
    for (let i = 0; i < DELAYS_MS.length; i++) {
      server = await pool.next();
      const board = boards[i]!;
      const restore = fetch(
        `${base}/api/boards/${board.id}/versions/${board.versionId}/restore?token=${board.facilitatorToken}`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scope: 'board' }) },
      ).then(
        (res) => res.status,
        () => 'killed',
      );
      await new Promise((resolve) => setTimeout(resolve, DELAYS_MS[i]));
      await server.kill();
      outcomes.push(String(await restore));
    }

    server = await pool.next();
    const states: string[] = [];
    for (const [i, board] of boards.entries()) {
      const res = await fetch(`${base}/api/boards/${board.id}/export.json?token=${board.viewToken}`);
      expect(res.status).toBe(200);
      const map = (await res.json()) as {
        journeys: { phases: { id: string }[]; cards: { id: string; phaseId: string | null }[] }[];
      };
      const journey = map.journeys[0]!;
      const back = journey.phases.some((p) => p.id === board.phaseId);
      const placed = board.cardIds.filter((id) => journey.cards.find((c) => c.id === id)?.phaseId === board.phaseId);
      // All or nothing: the phase with every one of its cards, or neither.
      expect(placed.length, `board ${i}`).toBe(back ? board.cardIds.length : 0);
      // A restore that answered 200 was stored before it answered.
      if (outcomes[i] === '200') expect(back, `board ${i} answered 200`).toBe(true);
      states.push(back ? 'after' : 'before');
    }
    console.info(`restore outcomes ${outcomes.join(',')}; boards ${states.join(',')}`);
  });
});

/** A board with a saved version, then one of its phases (with four cards) deleted. */
async function prepare(base: string, port: number): Promise<Prepared> {
  const board = await createBoardAt(base, { title: 'Crash', locale: 'fr', template: 'fr-purchase-8' });
  const client = connect(`ws://127.0.0.1:${port}/sync`, board.id, board.editToken);
  try {
    await synced(client);
    const snapshot = toSnapshot(client.doc);
    const journeyId = firstJourneyId(client.doc);
    const phase = Object.values(snapshot.phases).find((p) => p.journeyId === journeyId)!;
    const channel = Object.values(snapshot.channels).find((c) => c.journeyId === journeyId)!;
    for (let i = 0; i < 4; i++)
      addCard(client.doc, {
        journeyId,
        kind: 'irritant',
        text: `irritant ${i}`,
        cell: { phaseId: phase.id, channelId: channel.id },
      });
    const cardIds = Object.values(toSnapshot(client.doc).cards)
      .filter((c) => c.phaseId === phase.id)
      .map((c) => c.id);
    await waitForStored(base, board, (cards) => cardIds.every((id) => cards.includes(id)));
    const saved = await fetch(`${base}/api/boards/${board.id}/versions?token=${board.editToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'avant' }),
    });
    const version = (await saved.json()) as { id: string };
    removePhase(client.doc, { phaseId: phase.id });
    await waitForStored(base, board, (_cards, phases) => !phases.includes(phase.id));
    return { ...board, versionId: version.id, phaseId: phase.id, cardIds };
  } finally {
    client.destroy();
  }
}

async function waitForStored(
  base: string,
  board: { id: string; viewToken: string },
  check: (placedCards: string[], phases: string[]) => boolean,
): Promise<void> {
  let ok = false;
  const deadline = Date.now() + 20_000;
  while (!ok && Date.now() < deadline) {
    const res = await fetch(`${base}/api/boards/${board.id}/export.json?token=${board.viewToken}`);
    const map = (await res.json()) as {
      journeys: { phases: { id: string }[]; cards: { id: string; phaseId: string | null }[] }[];
    };
    const journey = map.journeys[0]!;
    ok = check(
      journey.cards.filter((c) => c.phaseId !== null).map((c) => c.id),
      journey.phases.map((p) => p.id),
    );
    if (!ok) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!ok) throw new Error('the server never had the edits');
}
