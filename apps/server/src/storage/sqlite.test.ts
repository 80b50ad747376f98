import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './sqlite';
import { describeBoardStore } from './store.contract';

describeBoardStore('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-store-'));
  return {
    open: async () => openSqliteStore({ file: join(dir, 'parcours.sqlite') }),
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
