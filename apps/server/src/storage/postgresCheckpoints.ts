/** Checkpoints (storage/checkpoints.ts) in the PostgreSQL store's database. */
import type pg from 'pg';
import { CHECKPOINT_COLUMNS, CHECKPOINT_INFO, type CheckpointRow, checkpointRows } from './checkpointRows';
import type { CheckpointStore } from './checkpoints';
import { postgresRemoveRows } from './removeRows';

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

/** The pictures each version shows, noted when it is taken (CheckpointInfo.images): NULL for older rows. */
export const POSTGRES_CHECKPOINT_IMAGES_MIGRATION = {
  version: 4,
  name: 'the pictures each checkpoint shows',
  sql: 'ALTER TABLE board_checkpoints ADD COLUMN images jsonb;',
} as const;

type Row = CheckpointRow<unknown>;
/** PostgreSQL takes a Date for a timestamptz and hands jsonb columns over parsed. */
const rows = checkpointRows<unknown>({ time: (date) => date, fromJson: (value) => value });

export function openPostgresCheckpoints(pool: pg.Pool): CheckpointStore {
  return {
    async add(checkpoint) {
      const { info, values } = rows.toRow(checkpoint);
      await pool.query(
        `INSERT INTO board_checkpoints (${CHECKPOINT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        values,
      );
      return info;
    },
    async list(boardId) {
      const result = await pool.query<Row>(
        `SELECT ${CHECKPOINT_INFO} FROM board_checkpoints WHERE board_id = $1 ORDER BY created_at DESC, id DESC`,
        [boardId],
      );
      return result.rows.map(rows.toInfo);
    },
    async get(boardId, id) {
      const result = await pool.query<Row & { state: Buffer }>(
        `SELECT ${CHECKPOINT_INFO}, state FROM board_checkpoints WHERE board_id = $1 AND id = $2`,
        [boardId, id],
      );
      const row = result.rows[0];
      return row ? rows.toCheckpoint(row) : null;
    },
    async latest(boardId) {
      const result = await pool.query<Row & { state: Buffer }>(
        `SELECT ${CHECKPOINT_INFO}, state FROM board_checkpoints WHERE board_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
        [boardId],
      );
      const row = result.rows[0];
      return row ? rows.toCheckpoint(row) : null;
    },
    async rename(boardId, id, name) {
      const result = await pool.query(
        "UPDATE board_checkpoints SET name = $3, kind = 'named' WHERE board_id = $1 AND id = $2",
        [boardId, id, name],
      );
      return (result.rowCount ?? 0) > 0;
    },
    remove(boardId, ids) {
      return postgresRemoveRows(
        pool,
        'DELETE FROM board_checkpoints WHERE board_id = $1 AND id = ANY($2)',
        boardId,
        ids,
      );
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
