/**
 * The behaviour every CheckpointStore must have (the `checkpoints` of a BoardStore), run by the
 * SQLite and PostgreSQL test files like store.contract.ts.
 */
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ContractFixture, eachTestOpens } from './contractFixture';
import type { BoardStore } from './store';

export function describeCheckpointStore(name: string, setup: () => Promise<ContractFixture<BoardStore>>): void {
  describe(`CheckpointStore contract: ${name}`, () => {
    let store: BoardStore;
    let boardId: string;
    const open = eachTestOpens(setup, (first) => {
      store = first;
    });

    beforeEach(async () => {
      boardId = randomBytes(16).toString('base64url');
      await store.create({ id: boardId, snapshot: new Uint8Array([0, 0]), tokens: [] });
    });

    const add = (
      minutesAgo: number,
      kind: 'auto' | 'named' | 'safety' = 'auto',
      state = new Uint8Array([minutesAgo, 1]),
    ) =>
      store.checkpoints.add({
        boardId,
        kind,
        name: kind === 'named' ? `v${minutesAgo}` : null,
        state,
        participants: ['Camille', 'Léo'],
        summary: { cardsAdded: minutesAgo },
        createdAt: new Date(Date.now() - minutesAgo * 60_000),
      });

    it('lists a board’s checkpoints newest first, without their states, and gets one with its state', async () => {
      const old = await add(30);
      const recent = await add(5, 'named');
      const list = await store.checkpoints.list(boardId);
      expect(list.map((c) => c.id)).toEqual([recent.id, old.id]);
      expect(list[0]).toMatchObject({ kind: 'named', name: 'v5', participants: ['Camille', 'Léo'], bytes: 2 });
      expect(list[0]!.summary).toEqual({ cardsAdded: 5 });
      expect('state' in list[0]!).toBe(false);
      const got = await store.checkpoints.get(boardId, old.id);
      expect([...got!.state]).toEqual([30, 1]);
      expect(got!.createdAt.getTime()).toBe(old.createdAt.getTime());
      expect((await store.checkpoints.latest(boardId))!.id).toBe(recent.id);
    });

    it('keeps states byte for byte and survives reopening and compaction', async () => {
      const state = randomBytes(50_000);
      const saved = await add(1, 'auto', state);
      const seq = await store.append(boardId, [new Uint8Array([7])]);
      await store.compact(boardId, new Uint8Array([8]), seq);
      const reopened = await open();
      expect(Buffer.from((await reopened.checkpoints.get(boardId, saved.id))!.state).equals(state)).toBe(true);
    });

    it('answers null or false for a checkpoint it does not have, or of another board', async () => {
      const saved = await add(1);
      expect(await store.checkpoints.get(boardId, 'nope')).toBeNull();
      expect(await store.checkpoints.get('other', saved.id)).toBeNull();
      expect(await store.checkpoints.rename('other', saved.id, 'x')).toBe(false);
      expect(await store.checkpoints.remove('other', [saved.id])).toBe(0);
      expect(await store.checkpoints.latest('other')).toBeNull();
      expect(await store.checkpoints.list('other')).toEqual([]);
    });

    it('renames (the checkpoint becomes a named version) and deletes', async () => {
      const a = await add(3);
      const b = await add(2);
      expect(await store.checkpoints.rename(boardId, a.id, 'Après l’atelier')).toBe(true);
      expect((await store.checkpoints.get(boardId, a.id))!).toMatchObject({ kind: 'named', name: 'Après l’atelier' });
      expect(await store.checkpoints.remove(boardId, [b.id, 'nope'])).toBe(1);
      expect((await store.checkpoints.list(boardId)).map((c) => c.id)).toEqual([a.id]);
    });

    it('refuses a checkpoint of a board it does not have', async () => {
      await expect(
        store.checkpoints.add({
          boardId: 'nope',
          kind: 'auto',
          state: new Uint8Array([1]),
          participants: [],
          summary: null,
        }),
      ).rejects.toThrow();
    });

    it('keeps the pictures a version shows, and answers null for a version stored without them', async () => {
      const shown = await store.checkpoints.add({
        boardId,
        kind: 'auto',
        state: new Uint8Array([1]),
        participants: [],
        summary: null,
        images: ['a'.repeat(64), 'b'.repeat(64)],
      });
      const older = await add(1);
      expect(shown.images).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
      const listed = await store.checkpoints.list(boardId);
      expect(listed.find((c) => c.id === shown.id)?.images).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
      expect(listed.find((c) => c.id === older.id)?.images).toBeNull();
      expect((await store.checkpoints.get(boardId, shown.id))?.images).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
    });

    it('counts checkpoints and their bytes', async () => {
      const before = await store.checkpoints.stats();
      await add(1);
      await add(2);
      const after = await store.checkpoints.stats();
      expect(after.count - before.count).toBe(2);
      expect(after.bytes - before.bytes).toBe(4);
    });
  });
}
