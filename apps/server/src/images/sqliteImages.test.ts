import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeImageStore } from './imageStore.contract';
import { openSqliteImages } from './sqliteImages';

describeImageStore('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-images-'));
  return {
    open: async () => openSqliteImages({ file: join(dir, 'images.sqlite') }),
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
