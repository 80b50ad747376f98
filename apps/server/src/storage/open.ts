import type { StorageConfig } from '../config';
import { openSqliteStore } from './sqlite';
import type { BoardStore } from './store';

/** The store the configuration asks for. PostgreSQL plugs in here (a later issue). */
export function openStore(config: StorageConfig): BoardStore {
  switch (config.kind) {
    case 'sqlite':
      return openSqliteStore({ file: config.file, synchronous: config.synchronous });
    case 'postgres':
      throw new Error('DATABASE_URL=postgres://... is not supported yet: unset it to use SQLite under DATA_DIR');
  }
}
