/** Checkpoints (storage/checkpoints.ts) in the PostgreSQL store's database. */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Checkpoint, CheckpointInfo, CheckpointKind, CheckpointStore } from './checkpoints';

/** The migration that adds checkpoints (postgresMigrations.ts lists it after the boards' one). */
export const POSTGRES_CHECKPOINTS_MIGRATION = {
  version: 2,
  name: 'board checkpoints (history)',
  sql: `
    CREATE TABLE board_checkpoints (
      id text PRIMARY KEY,
      board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('auto', 'safety', 'named')),
      name text,
      created_at timestamptz NOT NULL,
      participants jsonb NOT NULL,
      summary jsonb,
      bytes integer NOT NULL,
      state bytea NOT NULL
    );
    CREATE INDEX board_checkpoints_by_board ON board_checkpoints (board_id, created_at);
  `,
} as const;

interface Row {
  id: string;
  board_id: string;
  kind: CheckpointKind;
  name: string | null;
  created_at: Date;
  participants: string[];
  summary: unknown;
  bytes: number;
}

const INFO = 'id, board_id, kind, name, created_at, participants, summary, bytes';

export function openPostgresCheckpoints(pool: pg.Pool): CheckpointStore {
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
      await pool.query(
        `INSERT INTO board_checkpoints (id, board_id, kind, name, created_at, participants, summary, bytes, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          info.id,
          info.boardId,
          info.kind,
          info.name,
          info.createdAt,
          JSON.stringify(info.participants),
          info.summary === null ? null : JSON.stringify(info.summary),
          info.bytes,
          Buffer.from(checkpoint.state.buffer, checkpoint.state.byteOffset, checkpoint.state.byteLength),
        ],
      );
      return info;
    },
    async list(boardId) {
      const result = await pool.query<Row>(
        `SELECT ${INFO} FROM board_checkpoints WHERE board_id = $1 ORDER BY created_at DESC, id DESC`,
        [boardId],
      );
      return result.rows.map(toInfo);
    },
    async get(boardId, id) {
      const result = await pool.query<Row & { state: Buffer }>(
        `SELECT ${INFO}, state FROM board_checkpoints WHERE board_id = $1 AND id = $2`,
        [boardId, id],
      );
      const row = result.rows[0];
      return row ? toCheckpoint(row) : null;
    },
    async latest(boardId) {
      const result = await pool.query<Row & { state: Buffer }>(
        `SELECT ${INFO}, state FROM board_checkpoints WHERE board_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
        [boardId],
      );
      const row = result.rows[0];
      return row ? toCheckpoint(row) : null;
    },
    async rename(boardId, id, name) {
      const result = await pool.query(
        "UPDATE board_checkpoints SET name = $3, kind = 'named' WHERE board_id = $1 AND id = $2",
        [boardId, id, name],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async remove(boardId, ids) {
      if (ids.length === 0) return 0;
      const result = await pool.query('DELETE FROM board_checkpoints WHERE board_id = $1 AND id = ANY($2)', [
        boardId,
        [...ids],
      ]);
      return result.rowCount ?? 0;
    },
    async stats() {
      const result = await pool.query<{ count: string; bytes: string | null }>(
        'SELECT count(*) AS count, sum(bytes) AS bytes FROM board_checkpoints',
      );
      const row = result.rows[0];
      return { count: Number(row?.count ?? 0), bytes: Number(row?.bytes ?? 0) };
    },
  };
}

function toInfo(row: Row): CheckpointInfo {
  return {
    id: row.id,
    boardId: row.board_id,
    kind: row.kind,
    name: row.name,
    createdAt: row.created_at,
    bytes: row.bytes,
    participants: row.participants,
    summary: row.summary ?? null,
  };
}

function toCheckpoint(row: Row & { state: Buffer }): Checkpoint {
  return { ...toInfo(row), state: new Uint8Array(row.state) };
}
