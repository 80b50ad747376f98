/** Checkpoints (storage/checkpoints.ts) in the SQLite store's database. */
import type Database from 'better-sqlite3';
import { CHECKPOINT_COLUMNS, CHECKPOINT_INFO, type CheckpointRow, checkpointRows } from './checkpointRows';
import type { CheckpointStore } from './checkpoints';
import { sqliteRemoveRows } from './removeRows';

/** The schema step that adds checkpoints (sqlite.ts runs it after the boards' step). */
export const SQLITE_CHECKPOINTS_MIGRATION = `
  CREATE TABLE board_checkpoints (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT,
    created_at INTEGER NOT NULL,
    participants TEXT NOT NULL,
    summary TEXT,
    bytes INTEGER NOT NULL,
    state BLOB NOT NULL
  );
  CREATE INDEX board_checkpoints_by_board ON board_checkpoints(board_id, created_at);`;

/** The pictures each version shows, noted when it is taken (CheckpointInfo.images): NULL for older rows. */
export const SQLITE_CHECKPOINT_IMAGES_MIGRATION = 'ALTER TABLE board_checkpoints ADD COLUMN images TEXT;';

type Row = CheckpointRow<string>;
/** SQLite stores a time as milliseconds and hands JSON columns over as text. */
const rows = checkpointRows<string>({ time: (date) => date.getTime(), fromJson: (text) => JSON.parse(text) });

export function openSqliteCheckpoints(db: Database.Database): CheckpointStore {
  const insert = db.prepare(
    `INSERT INTO board_checkpoints (${CHECKPOINT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectAll = db.prepare<[string], Row>(
    `SELECT ${CHECKPOINT_INFO} FROM board_checkpoints WHERE board_id = ? ORDER BY created_at DESC, rowid DESC`,
  );
  const selectOne = db.prepare<[string, string], Row & { state: Buffer }>(
    `SELECT ${CHECKPOINT_INFO}, state FROM board_checkpoints WHERE board_id = ? AND id = ?`,
  );
  const selectLatest = db.prepare<[string], Row & { state: Buffer }>(
    `SELECT ${CHECKPOINT_INFO}, state FROM board_checkpoints WHERE board_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
  );
  const updateName = db.prepare("UPDATE board_checkpoints SET name = ?, kind = 'named' WHERE board_id = ? AND id = ?");
  const deleteOne = db.prepare<[string, string]>('DELETE FROM board_checkpoints WHERE board_id = ? AND id = ?');
  const selectStats = db.prepare<[], { count: number; bytes: number | null }>(
    'SELECT count(*) AS count, sum(bytes) AS bytes FROM board_checkpoints',
  );
  const removeTx = sqliteRemoveRows(db, deleteOne);

  return {
    async add(checkpoint) {
      const { info, values } = rows.toRow(checkpoint);
      insert.run(...values);
      return info;
    },
    async list(boardId) {
      return selectAll.all(boardId).map(rows.toInfo);
    },
    async get(boardId, id) {
      const row = selectOne.get(boardId, id);
      return row ? rows.toCheckpoint(row) : null;
    },
    async latest(boardId) {
      const row = selectLatest.get(boardId);
      return row ? rows.toCheckpoint(row) : null;
    },
    async rename(boardId, id, name) {
      return updateName.run(name, boardId, id).changes > 0;
    },
    async remove(boardId, ids) {
      return removeTx(boardId, ids);
    },
    async stats() {
      const row = selectStats.get();
      return { count: row?.count ?? 0, bytes: row?.bytes ?? 0 };
    },
  };
}
