/** Checkpoints (storage/checkpoints.ts) in the SQLite store's database. */
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Checkpoint, CheckpointInfo, CheckpointKind, CheckpointStore } from './checkpoints';

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

interface Row {
  id: string;
  board_id: string;
  kind: CheckpointKind;
  name: string | null;
  created_at: number;
  participants: string;
  summary: string | null;
  bytes: number;
}

const INFO = 'id, board_id, kind, name, created_at, participants, summary, bytes';

export function openSqliteCheckpoints(db: Database.Database): CheckpointStore {
  const insert = db.prepare(
    `INSERT INTO board_checkpoints (id, board_id, kind, name, created_at, participants, summary, bytes, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectAll = db.prepare<[string], Row>(
    `SELECT ${INFO} FROM board_checkpoints WHERE board_id = ? ORDER BY created_at DESC, rowid DESC`,
  );
  const selectOne = db.prepare<[string, string], Row & { state: Buffer }>(
    `SELECT ${INFO}, state FROM board_checkpoints WHERE board_id = ? AND id = ?`,
  );
  const selectLatest = db.prepare<[string], Row & { state: Buffer }>(
    `SELECT ${INFO}, state FROM board_checkpoints WHERE board_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
  );
  const updateName = db.prepare("UPDATE board_checkpoints SET name = ?, kind = 'named' WHERE board_id = ? AND id = ?");
  const deleteOne = db.prepare('DELETE FROM board_checkpoints WHERE board_id = ? AND id = ?');
  const selectStats = db.prepare<[], { count: number; bytes: number | null }>(
    'SELECT count(*) AS count, sum(bytes) AS bytes FROM board_checkpoints',
  );
  const removeTx = db.transaction((boardId: string, ids: readonly string[]) => {
    let removed = 0;
    for (const id of ids) removed += deleteOne.run(boardId, id).changes;
    return removed;
  });

  return {
    async add(checkpoint) {
      const info: CheckpointInfo = {
        id: randomBytes(12).toString('base64url'),
        boardId: checkpoint.boardId,
        kind: checkpoint.kind,
        name: checkpoint.name ?? null,
        createdAt: checkpoint.createdAt ?? new Date(),
        bytes: checkpoint.state.byteLength,
        participants: [...checkpoint.participants],
        summary: checkpoint.summary ?? null,
      };
      insert.run(
        info.id,
        info.boardId,
        info.kind,
        info.name,
        info.createdAt.getTime(),
        JSON.stringify(info.participants),
        info.summary === null ? null : JSON.stringify(info.summary),
        info.bytes,
        Buffer.from(checkpoint.state.buffer, checkpoint.state.byteOffset, checkpoint.state.byteLength),
      );
      return info;
    },
    async list(boardId) {
      return selectAll.all(boardId).map(toInfo);
    },
    async get(boardId, id) {
      const row = selectOne.get(boardId, id);
      return row ? toCheckpoint(row) : null;
    },
    async latest(boardId) {
      const row = selectLatest.get(boardId);
      return row ? toCheckpoint(row) : null;
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

function toInfo(row: Row): CheckpointInfo {
  return {
    id: row.id,
    boardId: row.board_id,
    kind: row.kind,
    name: row.name,
    createdAt: new Date(row.created_at),
    bytes: row.bytes,
    participants: JSON.parse(row.participants) as string[],
    summary: row.summary === null ? null : (JSON.parse(row.summary) as unknown),
  };
}

function toCheckpoint(row: Row & { state: Buffer }): Checkpoint {
  return { ...toInfo(row), state: new Uint8Array(row.state) };
}
