/**
 * The behaviour every BoardStore must have, as a suite any implementation runs:
 *   describeBoardStore('sqlite', async () => ({ open: ..., destroy: ... }))
 * on fresh storage for each test (contractFixture.ts).
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type ContractFixture, eachTestOpens } from './contractFixture';
import type { BoardStore, NewBoard } from './store';

export function describeBoardStore(name: string, setup: () => Promise<ContractFixture<BoardStore>>): void {
  describe(`BoardStore contract: ${name}`, () => {
    let store: BoardStore;
    const open = eachTestOpens(setup, (first) => {
      store = first;
    });

    it('creates a board with its tokens and describes it', async () => {
      const board = newBoard();
      await store.create(board);
      const record = await store.describe(board.id);
      expect(record?.id).toBe(board.id);
      expect(record?.tokens.map((t) => [Buffer.from(t.hash).toString('hex'), t.role]).sort()).toEqual(
        board.tokens.map((t) => [Buffer.from(t.hash).toString('hex'), t.role]).sort(),
      );
      expect(record!.createdAt.getTime()).toBeLessThanOrEqual(record!.updatedAt.getTime());
    });

    it('answers null for a board it does not have', async () => {
      expect(await store.describe('nope')).toBeNull();
      expect(await store.load('nope')).toBeNull();
    });

    it('refuses a second board with the same id and keeps the first', async () => {
      const board = newBoard();
      await store.create(board);
      await expect(store.create({ ...board, snapshot: new Uint8Array([9]) })).rejects.toThrow();
      expect(Buffer.from((await store.load(board.id))!.snapshot!)).toEqual(Buffer.from(board.snapshot));
    });

    it('returns the snapshot then the appended updates in order, with increasing sequence numbers', async () => {
      const board = newBoard();
      await store.create(board);
      const a = await store.append(board.id, [bytes(1), bytes(2)]);
      const b = await store.append(board.id, [bytes(3)]);
      expect(b).toBeGreaterThan(a);
      const loaded = await store.load(board.id);
      expect(loaded?.updates.map((u) => u[0])).toEqual([1, 2, 3]);
      expect(loaded?.lastSeq).toBe(b);
    });

    it('refuses to append to a board it does not have and stores nothing', async () => {
      await expect(store.append('nope', [bytes(1)])).rejects.toThrow();
      expect(await store.load('nope')).toBeNull();
    });

    it('compacts up to a sequence number and keeps the updates stored after it', async () => {
      const board = newBoard();
      await store.create(board);
      await store.append(board.id, [bytes(1)]);
      const upTo = await store.append(board.id, [bytes(2)]);
      const later = await store.append(board.id, [bytes(3)]);
      await store.compact(board.id, bytes(42), upTo);
      const loaded = await store.load(board.id);
      expect(loaded?.snapshot?.[0]).toBe(42);
      expect(loaded?.updates.map((u) => u[0])).toEqual([3]);
      expect(loaded?.lastSeq).toBe(later);
      const next = await store.append(board.id, [bytes(4)]);
      expect(next).toBeGreaterThan(later);
    });

    it('never reuses a sequence number after compacting everything', async () => {
      const board = newBoard();
      await store.create(board);
      const seq = await store.append(board.id, [bytes(1)]);
      await store.compact(board.id, bytes(7), seq);
      const next = await store.append(board.id, [bytes(2)]);
      expect(next).toBeGreaterThan(seq);
      expect((await store.load(board.id))?.updates.map((u) => u[0])).toEqual([2]);
    });

    it('rebuilds the same Yjs document after compaction and reopening', async () => {
      const doc = new Y.Doc();
      const board = newBoard(Y.encodeStateAsUpdate(doc));
      await store.create(board);
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      for (let i = 0; i < 20; i++) doc.getMap('m').set(`k${i}`, i);
      await store.append(board.id, updates.splice(0, 10));
      const seq = await store.append(board.id, updates.splice(0, 5));
      const partial = rebuild(await store.load(board.id));
      await store.compact(board.id, Y.encodeStateAsUpdate(partial), seq);
      await store.append(board.id, updates.splice(0));
      const reopened = await open();
      expect(
        rebuild(await reopened.load(board.id))
          .getMap('m')
          .toJSON(),
      ).toEqual(doc.getMap('m').toJSON());
    });

    it('keeps binary data byte for byte', async () => {
      const board = newBoard();
      await store.create(board);
      const blob = randomBytes(100_000);
      await store.append(board.id, [blob, new Uint8Array([0, 0, 255])]);
      const loaded = await store.load(board.id);
      expect(Buffer.from(loaded!.updates[0]!).equals(blob)).toBe(true);
      expect([...loaded!.updates[1]!]).toEqual([0, 0, 255]);
    });

    it('reports its status', async () => {
      expect((await store.status()).ok).toBe(true);
    });
  });
}

function newBoard(snapshot: Uint8Array = new Uint8Array([0, 0])): NewBoard {
  return {
    id: randomBytes(16).toString('base64url'),
    snapshot,
    tokens: [
      { hash: randomBytes(32), role: 'edit' },
      { hash: randomBytes(32), role: 'view' },
      { hash: randomBytes(32), role: 'facilitator' },
      { hash: randomBytes(32), role: 'comment' },
    ],
  };
}

function bytes(first: number): Uint8Array {
  return new Uint8Array([first, 1, 2, 3]);
}

function rebuild(stored: Awaited<ReturnType<BoardStore['load']>>): Y.Doc {
  const doc = new Y.Doc();
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored?.updates ?? []) Y.applyUpdate(doc, u);
  return doc;
}
