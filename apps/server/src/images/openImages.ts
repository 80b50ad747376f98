import type { StorageConfig } from '../config';
import type { ImageStore } from './imageStore';
import { openPostgresImages } from './postgresImages';
import { openS3Images, type S3Location } from './s3Images';
import { openSqliteImages } from './sqliteImages';

/**
 * Images beside the boards: images.sqlite next to the SQLite file, or the same PostgreSQL
 * database; in S3-compatible storage when S3_URL is set.
 */
export async function openImages(storage: StorageConfig, s3?: S3Location): Promise<ImageStore> {
  if (s3) return openS3Images(s3);
  switch (storage.kind) {
    case 'sqlite':
      return openSqliteImages({ file: storage.file.replace(/[^/\\]+$/, 'images.sqlite') });
    case 'postgres':
      return openPostgresImages({ url: storage.url });
  }
}
