/**
 * A checkpoint as a row of `board_checkpoints`, the same in SQLite (sqliteCheckpoints.ts) and
 * PostgreSQL (postgresCheckpoints.ts): the columns, the record `add` resolves with, the row it
 * writes and a row read back. The databases differ only in how they hand values over: a time is
 * milliseconds in SQLite and a Date in PostgreSQL, a JSON column is text in SQLite and already
 * parsed (jsonb) in PostgreSQL. Their SQL stays in their own files.
 */
import { randomBytes } from 'node:crypto';
import type { Checkpoint, CheckpointInfo, CheckpointKind, NewCheckpoint } from './checkpoints';

/** Every column but the state (what `list` reads). */
export const CHECKPOINT_INFO = 'id, board_id, kind, name, created_at, participants, summary, bytes, images';
/** The columns an INSERT writes, in the order of `toRow`'s values. */
export const CHECKPOINT_COLUMNS = `${CHECKPOINT_INFO}, state`;

/** A row as the driver returns it; `Json` is how it gives a JSON column (text, or the parsed value). */
export interface CheckpointRow<Json> {
  id: string;
  board_id: string;
  kind: CheckpointKind;
  name: string | null;
  created_at: number | Date;
  participants: Json;
  summary: Json | null;
  bytes: number;
  images: Json | null;
}

/** How a database hands values over. */
export interface CheckpointDriver<Json> {
  /** What the database stores for a time. */
  time(date: Date): number | Date;
  /** A JSON column's value as the driver gives it, read. */
  fromJson(value: Json): unknown;
}

export interface CheckpointRows<Json> {
  /** The record of a new checkpoint (with its new id) and the values of its row, in CHECKPOINT_COLUMNS order. */
  toRow(checkpoint: NewCheckpoint): { info: CheckpointInfo; values: unknown[] };
  toInfo(row: CheckpointRow<Json>): CheckpointInfo;
  toCheckpoint(row: CheckpointRow<Json> & { state: Buffer }): Checkpoint;
}

export function checkpointRows<Json>({ time, fromJson }: CheckpointDriver<Json>): CheckpointRows<Json> {
  const toInfo = (row: CheckpointRow<Json>): CheckpointInfo => ({
    id: row.id,
    boardId: row.board_id,
    kind: row.kind,
    name: row.name,
    createdAt: new Date(row.created_at),
    bytes: row.bytes,
    participants: fromJson(row.participants) as string[],
    summary: row.summary === null ? null : fromJson(row.summary),
    images: row.images === null ? null : (fromJson(row.images) as string[]),
  });
  return {
    toRow(checkpoint) {
      const info: CheckpointInfo = {
        id: randomBytes(12).toString('base64url'),
        boardId: checkpoint.boardId,
        kind: checkpoint.kind,
        name: checkpoint.name ?? null,
        createdAt: checkpoint.createdAt ?? new Date(),
        bytes: checkpoint.state.byteLength,
        participants: [...checkpoint.participants],
        summary: checkpoint.summary ?? null,
        images: checkpoint.images ? [...checkpoint.images] : null,
      };
      const { state } = checkpoint;
      const values = [
        info.id,
        info.boardId,
        info.kind,
        info.name,
        time(info.createdAt),
        JSON.stringify(info.participants),
        info.summary === null ? null : JSON.stringify(info.summary),
        info.bytes,
        info.images === null ? null : JSON.stringify(info.images),
        Buffer.from(state.buffer, state.byteOffset, state.byteLength),
      ];
      return { info, values };
    },
    toInfo,
    toCheckpoint: (row) => ({ ...toInfo(row), state: new Uint8Array(row.state) }),
  };
}
