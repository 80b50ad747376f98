/**
 * Versions of the Y.Doc layout. Each numbered file is one step; add a step by writing
 * `00N-what.ts` and appending it here, never by editing a released one.
 *
 * Version 0 is not a layout: it means the doc carries no schemaVersion yet. An empty doc at 0 is
 * left untouched (a client's placeholder before its first sync); a doc with records at 0 was
 * written in the version-1 layout before it was versioned and is stamped by 001-initial.
 * Run `migrate` where the whole doc is known: on the server after loading a board, on a client
 * after its first sync.
 */
import type * as Y from 'yjs';
import { initial } from './001-initial';
import { fractionalKeys } from './002-fractional-keys';
import type { Migration } from './migration';
import { type MigrationResult, NewerDocError, runMigrations } from './run';

export type { Migration } from './migration';
export { type MigrationResult, NewerDocError, readSchemaVersion } from './run';

export const MIGRATIONS: readonly Migration[] = [initial, fractionalKeys];
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings an older doc up to SCHEMA_VERSION; throws NewerDocError for a doc saved by a newer Parcours. */
export function migrate(doc: Y.Doc): MigrationResult {
  return runMigrations(doc, MIGRATIONS);
}

/**
 * Migrates a doc only to read it (summary, exports): a doc saved by a newer Parcours (or, before
 * every update was checked, poisoned with a client's schemaVersion) is read as it is, since the
 * readers take what they understand and skip the rest; it is never written back.
 */
export function migrateForReading(doc: Y.Doc): void {
  try {
    migrate(doc);
  } catch (err) {
    if (!(err instanceof NewerDocError)) throw err;
  }
}
