/**
 * Where boards live between server runs. The relay and the routes see only this interface, so
 * SQLite (sqlite.ts) and PostgreSQL (a later issue) are interchangeable; both run the contract
 * suite in store.contract.ts.
 *
 * A board is a snapshot (one Yjs update holding the whole document) plus an append-only log of
 * the updates received after it. Loading applies the snapshot then the log; compaction folds the
 * log back into the snapshot.
 */

import type { BoardRole } from '@parcours/journey';
import type { CheckpointStore } from './checkpoints';

export interface StoredToken {
  /** SHA-256 of the token: the token itself is never stored. */
  readonly hash: Uint8Array;
  /** What the token lets its holder do. */
  readonly role: BoardRole;
}

export interface NewBoard {
  readonly id: string;
  /** Encoded Yjs state (Y.encodeStateAsUpdate) of the new board. */
  readonly snapshot: Uint8Array;
  readonly tokens: readonly StoredToken[];
}

export interface StoredBoard {
  readonly snapshot: Uint8Array | null;
  /** Updates stored after the snapshot, oldest first. */
  readonly updates: readonly Uint8Array[];
  /** Sequence number of the last update in `updates` (or of the last one folded into the snapshot). */
  readonly lastSeq: number;
}

export interface BoardRecord {
  readonly id: string;
  readonly createdAt: Date;
  /** Time of the last stored change. */
  readonly updatedAt: Date;
  readonly tokens: readonly StoredToken[];
}

export interface StoreStatus {
  readonly ok: boolean;
  readonly driver: string;
  readonly error?: string;
}

export interface BoardStore {
  /** Creates the board with its first snapshot and its tokens, all or nothing. */
  create(board: NewBoard): Promise<void>;
  /** The board's metadata and token hashes, or null when there is no such board. */
  describe(boardId: string): Promise<BoardRecord | null>;
  /** The snapshot and the updates after it, or null when there is no such board. */
  load(boardId: string): Promise<StoredBoard | null>;
  /**
   * Appends updates in one transaction and resolves with the sequence number of the last one.
   * Durable when it resolves; the relay broadcasts only after that.
   */
  append(boardId: string, updates: readonly Uint8Array[]): Promise<number>;
  /**
   * Replaces the snapshot with `snapshot`, which must contain every update up to `upToSeq`,
   * and drops those updates, in one transaction. Updates stored after `upToSeq` are kept.
   */
  compact(boardId: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  status(): Promise<StoreStatus>;
  close(): Promise<void>;
  /** The boards' saved versions (history), in the same database. */
  readonly checkpoints: CheckpointStore;
}
