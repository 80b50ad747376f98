import type { StorageConfig } from '../config';
import type { ImageStore } from './imageStore';
import { openPostgresImages } from './postgresImages';
import { openSqliteImages } from './sqliteImages';

/** Images beside the boards: images.sqlite next to the SQLite file, or the same PostgreSQL database. */
export async function openImages(storage: StorageConfig): Promise<ImageStore> {
  switch (storage.kind) {
    case 'sqlite':
      return openSqliteImages({ file: storage.file.replace(/[^/\\]+$/, 'images.sqlite') });
    case 'postgres':
      return openPostgresImages({ url: storage.url });
  }
}
