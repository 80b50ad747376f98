import type * as Y from 'yjs';
import { metaMap, RECORD_KINDS, rootMap } from '../doc';
import { SYSTEM_ORIGIN } from '../origin';
import type { Migration } from './migration';

const VERSION_KEY = 'schemaVersion';

/** Thrown when a doc was written by a newer Parcours than this code: it must not be touched. */
export class NewerDocError extends Error {
  override readonly name = 'NewerDocError';
  constructor(
    readonly docVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `This board was saved by a newer version of Parcours (schema version ${docVersion}); this one understands up to version ${codeVersion}. Update Parcours to open it.`,
    );
  }
}

/**
 * The layout version the doc says it has. 0 means "no version yet": either a fresh, empty
 * Y.Doc waiting for its first sync, or a doc written before versioning (see 001-initial).
 */
export function readSchemaVersion(doc: Y.Doc): number {
  const value = metaMap(doc).get(VERSION_KEY);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
}

/** Stamps the version a new doc is written in (by createBoardDoc and fromJson, inside their transaction). */
export function writeSchemaVersion(doc: Y.Doc, version: number): void {
  metaMap(doc).set(VERSION_KEY, version);
}

function isBlank(doc: Y.Doc): boolean {
  return metaMap(doc).size === 0 && RECORD_KINDS.every((kind) => rootMap(doc, kind).size === 0);
}

export interface MigrationResult {
  readonly from: number;
  readonly to: number;
}

/**
 * Brings `doc` up to the last version of `migrations` (sorted, numbered 1..N) in one transaction
 * with the system origin, so no user can undo it and observers see one change. A blank doc is
 * left alone: it is a client's placeholder before sync, and stamping it would make a second,
 * competing history of the board's metadata.
 */
export function runMigrations(doc: Y.Doc, migrations: readonly Migration[]): MigrationResult {
  const target = migrations.length;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${i + 1} is numbered ${m.version}`);
  });
  const from = readSchemaVersion(doc);
  if (from > target) throw new NewerDocError(from, target);
  if (from === target || (from === 0 && isBlank(doc))) return { from, to: from };
  doc.transact(() => {
    for (const migration of migrations.slice(from)) {
      migration.up(doc);
      writeSchemaVersion(doc, migration.version);
    }
  }, SYSTEM_ORIGIN);
  return { from, to: target };
}
