import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCheckpointStore } from './checkpoints.contract';
import { openSqliteStore } from './sqlite';
import { describeBoardStore } from './store.contract';

const sqliteFixture = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-store-'));
  return {
    open: async () => openSqliteStore({ file: join(dir, 'parcours.sqlite') }),
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
};

describeBoardStore('sqlite', sqliteFixture);
describeCheckpointStore('sqlite', sqliteFixture);
