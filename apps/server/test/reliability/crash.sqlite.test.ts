import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/storage/sqlite';
import { defineCrashSuite } from './crashSuite';

const dir = mkdtempSync(join(tmpdir(), 'parcours-crash-sqlite-'));

defineCrashSuite('sqlite', {
  env: () => ({ DATA_DIR: dir }),
  open: async () => openSqliteStore({ file: join(dir, 'parcours.sqlite') }),
  // Nothing to prepare: the warm servers open (and migrate) the fresh file together, which once
  // raced ("table boards already exists"); sqlite.ts now migrates under an immediate transaction.
  setUp: async () => {},
  tearDown: async () => rmSync(dir, { recursive: true, force: true }),
});
