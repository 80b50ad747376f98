/**
 * The shared store for several server instances: PostgreSQL through a `pg` pool. Same layout as
 * the SQLite store (a snapshot per board plus an append-only update log), created and migrated
 * at start by the numbered migrations in postgresMigrations.ts.
 *
 * Several instances write the same board at once, so two things matter that SQLite never sees:
 * - Appends to one board are serialised by the board's row lock (the UPDATE of updated_at comes
 *   first), so per board, sequence order is commit order: a reader never sees seq 11 while seq 10
 *   is still uncommitted, and "everything up to lastSeq" means what it says.
 * - compact() never moves the snapshot backwards: an instance whose upToSeq is behind the stored
 *   snapshot_seq would overwrite a snapshot that already folded updates it may not hold.
 */
import type { BoardRole } from '@parcours/journey';
import pg from 'pg';
import { openPostgresCheckpoints } from './postgresCheckpoints';
import { migratePostgres } from './postgresMigrations';
import type { BoardRecord, BoardStore, StoredBoard, StoreStatus } from './store';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  readonly url: string;
  /** Connections in the pool (default 10). */
  readonly poolSize?: number;
}

export class BoardNotFoundError extends Error {
  constructor(boardId: string) {
    super(`no board ${boardId}`);
    this.name = 'BoardNotFoundError';
  }
}

/** Connects, migrates the schema (refusing one newer than this server), and returns the store. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<BoardStore> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    application_name: 'parcours',
  });
  // An idle connection that drops (database restart) emits here; without a listener the process
  // would crash. The next query gets a fresh connection or reports the failure to its caller.
  pool.on('error', () => {});
  try {
    await migratePostgres(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }

  return {
    checkpoints: openPostgresCheckpoints(pool),
    async create(board) {
      await transaction(pool, 'READ COMMITTED', async (client) => {
        await client.query('INSERT INTO boards (id, snapshot) VALUES ($1, $2)', [board.id, toBuffer(board.snapshot)]);
        for (const token of board.tokens) {
          await client.query('INSERT INTO board_tokens (token_hash, board_id, role) VALUES ($1, $2, $3)', [
            toBuffer(token.hash),
            board.id,
            token.role,
          ]);
        }
      });
    },

    async describe(boardId): Promise<BoardRecord | null> {
      const board = await pool.query<{ created_at: Date; updated_at: Date }>(
        'SELECT created_at, updated_at FROM boards WHERE id = $1',
        [boardId],
      );
      const row = board.rows[0];
      if (!row) return null;
      const tokens = await pool.query<{ token_hash: Buffer; role: BoardRole }>(
        'SELECT token_hash, role FROM board_tokens WHERE board_id = $1',
        [boardId],
      );
      return {
        id: boardId,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        tokens: tokens.rows.map((t) => ({ hash: t.token_hash, role: t.role })),
      };
    },

    load(boardId) {
      // One snapshot of the database for both reads: a compaction committing in between would
      // otherwise hand us the old snapshot and a log that no longer holds what it folded.
      return transaction(pool, 'REPEATABLE READ READ ONLY', async (client): Promise<StoredBoard | null> => {
        const board = await client.query<{ snapshot: Buffer | null; snapshot_seq: string }>(
          'SELECT snapshot, snapshot_seq FROM boards WHERE id = $1',
          [boardId],
        );
        const row = board.rows[0];
        if (!row) return null;
        const updates = await client.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM board_updates WHERE board_id = $1 AND seq > $2 ORDER BY seq',
          [boardId, row.snapshot_seq],
        );
        const last = updates.rows[updates.rows.length - 1];
        return {
          snapshot: row.snapshot,
          updates: updates.rows.map((u) => u.data),
          lastSeq: Number(last ? last.seq : row.snapshot_seq),
        };
      });
    },

    append(boardId, updates) {
      return transaction(pool, 'READ COMMITTED', async (client) => {
        // First: takes the board's row lock until commit (see the file comment).
        const touched = await client.query('UPDATE boards SET updated_at = now() WHERE id = $1', [boardId]);
        if (touched.rowCount === 0) throw new BoardNotFoundError(boardId);
        let seq = 0;
        for (const update of updates) {
          const inserted = await client.query<{ seq: string }>(
            'INSERT INTO board_updates (board_id, data) VALUES ($1, $2) RETURNING seq',
            [boardId, toBuffer(update)],
          );
          seq = Number(inserted.rows[0]!.seq);
        }
        return seq;
      });
    },

    async compact(boardId, snapshot, upToSeq) {
      await transaction(pool, 'READ COMMITTED', async (client) => {
        const board = await client.query<{ snapshot_seq: string }>(
          'SELECT snapshot_seq FROM boards WHERE id = $1 FOR UPDATE',
          [boardId],
        );
        const row = board.rows[0];
        if (!row) throw new BoardNotFoundError(boardId);
        // Another instance compacted further: its snapshot already holds everything ours would fold.
        if (Number(row.snapshot_seq) > upToSeq) return;
        await client.query('UPDATE boards SET snapshot = $2, snapshot_seq = $3, updated_at = now() WHERE id = $1', [
          boardId,
          toBuffer(snapshot),
          upToSeq,
        ]);
        await client.query('DELETE FROM board_updates WHERE board_id = $1 AND seq <= $2', [boardId, upToSeq]);
      });
    },

    async status(): Promise<StoreStatus> {
      try {
        await pool.query('SELECT 1');
        return { ok: true, driver: 'postgres' };
      } catch (err) {
        return { ok: false, driver: 'postgres', error: (err as Error).message };
      }
    },

    async close() {
      await pool.end();
    },
  };
}

type Isolation = 'READ COMMITTED' | 'REPEATABLE READ READ ONLY';

async function transaction<T>(
  pool: pg.Pool,
  isolation: Isolation,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (err) {
    // A connection whose ROLLBACK fails is in an unknown state: destroy it rather than reuse it.
    const rollback = await client.query('ROLLBACK').then(
      () => undefined,
      (rollbackErr: Error) => rollbackErr,
    );
    client.release(rollback);
    throw err;
  }
}

/** pg sends Buffers as bytea; a view over the same memory avoids a copy. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
