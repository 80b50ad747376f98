/**
 * Saved versions of a board (its history): each is the board's whole encoded Yjs state at one
 * moment, stored apart from the board so that opening a board never reads its history. SQLite
 * (sqliteCheckpoints.ts) and PostgreSQL (postgresCheckpoints.ts) implement it; both run the
 * contract suite in checkpoints.contract.ts. Deleting a board deletes its checkpoints.
 */

/**
 * `auto`: taken by the server while a board is edited or when its last client leaves;
 * `safety`: taken just before a restore (undo a restore by restoring it); both are thinned by the
 * retention policy (history/retention.ts). `named`: saved by a person, kept until deleted.
 */
export type CheckpointKind = 'auto' | 'safety' | 'named';

export interface CheckpointInfo {
  readonly id: string;
  readonly boardId: string;
  readonly kind: CheckpointKind;
  /** A named version's name; null for the others. */
  readonly name: string | null;
  readonly createdAt: Date;
  /** Size of the stored state. */
  readonly bytes: number;
  /** Display names of the people connected since the previous checkpoint. */
  readonly participants: readonly string[];
  /** What changed since the previous checkpoint (the model's DiffSummary), null for the first. */
  readonly summary: unknown;
  /**
   * Hashes of the pictures the version shows (its cards' images), noted when it was taken so that
   * image collection need not decode every version; null for versions stored before they were noted.
   */
  readonly images: readonly string[] | null;
}

export interface Checkpoint extends CheckpointInfo {
  /** Y.encodeStateAsUpdate of the board at that moment. */
  readonly state: Uint8Array;
}

export interface NewCheckpoint {
  readonly boardId: string;
  readonly kind: CheckpointKind;
  readonly name?: string | null;
  readonly state: Uint8Array;
  readonly participants: readonly string[];
  readonly summary: unknown;
  /** The pictures the state shows (see CheckpointInfo.images); unknown (null) when left out. */
  readonly images?: readonly string[];
  /** Defaults to now (tests of the retention policy set it). */
  readonly createdAt?: Date;
}

export interface CheckpointStats {
  readonly count: number;
  readonly bytes: number;
}

export interface CheckpointStore {
  /** Stores a checkpoint; rejects when the board does not exist. */
  add(checkpoint: NewCheckpoint): Promise<CheckpointInfo>;
  /**
   * Every checkpoint of a board, newest first, without their states. Also what image garbage
   * collection reads to find the hashes any version still refers to (with `get` for the states).
   */
  list(boardId: string): Promise<CheckpointInfo[]>;
  /** One checkpoint with its state, or null when the board has no such checkpoint. */
  get(boardId: string, id: string): Promise<Checkpoint | null>;
  /** The newest checkpoint with its state (the base of the next one's summary), or null. */
  latest(boardId: string): Promise<Checkpoint | null>;
  /** Renames a checkpoint (it becomes a named version); false when there is no such checkpoint. */
  rename(boardId: string, id: string, name: string): Promise<boolean>;
  /** Deletes checkpoints of a board; resolves with how many were deleted. */
  remove(boardId: string, ids: readonly string[]): Promise<number>;
  /** Checkpoints and their bytes over every board (health). */
  stats(): Promise<CheckpointStats>;
}
