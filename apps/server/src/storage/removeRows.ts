/**
 * Removing some rows of one board by key, answering how many there were: what the checkpoint
 * stores (`remove(boardId, ids)`) and the image stores (`remove(boardId, hashes)`) do, in SQLite
 * and in PostgreSQL. Each store keeps its own DELETE statement.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';

/** SQLite: `statement` (board id, key) once per key, in one transaction. */
export function sqliteRemoveRows(
  db: Database.Database,
  statement: Database.Statement<[string, string]>,
): (boardId: string, keys: readonly string[]) => number {
  return db.transaction((boardId: string, keys: readonly string[]) =>
    keys.reduce((removed, key) => removed + statement.run(boardId, key).changes, 0),
  );
}

/** PostgreSQL: `sql` once, with the board id as $1 and the keys as the array $2. */
export async function postgresRemoveRows(
  pool: pg.Pool,
  sql: string,
  boardId: string,
  keys: readonly string[],
): Promise<number> {
  if (keys.length === 0) return 0;
  const result = await pool.query(sql, [boardId, [...keys]]);
  return result.rowCount ?? 0;
}
