import type { StorageConfig } from '../config';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { BoardStore } from './store';

/** The store the configuration asks for; PostgreSQL's schema is migrated before it resolves. */
export async function openStore(config: StorageConfig): Promise<BoardStore> {
  switch (config.kind) {
    case 'sqlite':
      return openSqliteStore({ file: config.file, synchronous: config.synchronous });
    case 'postgres':
      return openPostgresStore({ url: config.url });
  }
}
