import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeCheckpointStore } from './checkpoints.contract';
import { openSqliteStore } from './sqlite';
import { describeBoardStore } from './store.contract';

const sqliteFixture = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-store-'));
  return {
    open: async () => openSqliteStore({ file: join(dir, 'parcours.sqlite') }),
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
};

describeBoardStore('sqlite', sqliteFixture);
describeCheckpointStore('sqlite', sqliteFixture);

describe('sqlite schema 1 to 2', () => {
  it('keeps the time of the last change of a board stored before board_activity existed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcours-store-'));
    try {
      const file = join(dir, 'parcours.sqlite');
      // A database as the first schema left it (apps/server/src/storage/sqlite.ts, MIGRATIONS[0]).
      const old = new Database(file);
      old.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
                  snapshot BLOB, snapshot_seq INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE board_tokens (token_hash BLOB PRIMARY KEY,
                  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE, role TEXT NOT NULL);
                CREATE INDEX board_tokens_by_board ON board_tokens(board_id);
                CREATE TABLE board_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT,
                  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE, data BLOB NOT NULL);
                CREATE INDEX board_updates_by_board ON board_updates(board_id, seq);
                INSERT INTO boards VALUES ('ancien', 1000, 5000, x'0000', 0);
                PRAGMA user_version = 1;`);
      old.close();
      const store = openSqliteStore({ file });
      const record = await store.describe('ancien');
      expect(record?.updatedAt.getTime()).toBe(5000);
      await store.append('ancien', [new Uint8Array([0, 0])]);
      expect((await store.describe('ancien'))!.updatedAt.getTime()).toBeGreaterThan(5000);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
