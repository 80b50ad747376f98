import { migrate, NewerDocError, readSchemaVersion, SCHEMA_VERSION } from '@parcours/journey';
import type * as Y from 'yjs';

export type SchemaCheck = 'ok' | 'newer';

/**
 * Run once the doc holds the whole board (after the first sync, or after loading from IndexedDB
 * when offline). A board saved by a newer Parcours must not be edited: this app would corrupt it.
 * Editors bring an older doc up to date; viewers only look (their writes would be refused anyway).
 */
export function checkSchema(doc: Y.Doc, canWrite: boolean): SchemaCheck {
  if (readSchemaVersion(doc) > SCHEMA_VERSION) return 'newer';
  if (!canWrite) return 'ok';
  try {
    migrate(doc);
    return 'ok';
  } catch (error) {
    if (error instanceof NewerDocError) return 'newer';
    throw error;
  }
}
