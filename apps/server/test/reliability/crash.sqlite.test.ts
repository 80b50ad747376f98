import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/storage/sqlite';
import { defineCrashSuite } from './crashSuite';

const dir = mkdtempSync(join(tmpdir(), 'parcours-crash-sqlite-'));

defineCrashSuite('sqlite', {
  env: () => ({ DATA_DIR: dir }),
  open: async () => openSqliteStore({ file: join(dir, 'parcours.sqlite') }),
  // The schema exists before the warm servers open the file together (see RELIABILITY.md: two
  // processes migrating a fresh SQLite file at once race).
  setUp: async () => openSqliteStore({ file: join(dir, 'parcours.sqlite') }).close(),
  tearDown: async () => rmSync(dir, { recursive: true, force: true }),
});
