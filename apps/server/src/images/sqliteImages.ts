/**
 * Images as SQLite BLOBs in their own file beside the boards' (DATA_DIR/images.sqlite), so the
 * board store's schema and its WAL stay as they are and a large image never delays a board write.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { sqliteRemoveRows } from '../storage/removeRows';
import { IMAGE_INFO_COLUMNS, type ImageRow, imageRowStart, toImageInfo } from './imageRows';
import type { ImageBytes, ImageInfo, ImageMime, ImageStore, ImageVariant, NewImage } from './imageStore';

const SCHEMA = `CREATE TABLE IF NOT EXISTS board_images (
  board_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  mime TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  data BLOB NOT NULL,
  thumb BLOB NOT NULL,
  PRIMARY KEY (board_id, hash)
)`;

export function openSqliteImages(options: { file: string }): ImageStore {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO board_images (board_id, hash, mime, width, height, bytes, created_at, data, thumb)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectFull = db.prepare<[string, string], { mime: ImageMime; data: Buffer }>(
    'SELECT mime, data FROM board_images WHERE board_id = ? AND hash = ?',
  );
  const selectThumb = db.prepare<[string, string], { mime: ImageMime; data: Buffer }>(
    'SELECT mime, thumb AS data FROM board_images WHERE board_id = ? AND hash = ?',
  );
  const selectList = db.prepare<[string], ImageRow>(
    `SELECT ${IMAGE_INFO_COLUMNS} FROM board_images WHERE board_id = ? ORDER BY created_at, hash`,
  );
  const selectUsage = db.prepare<[string], { total: number | null }>(
    'SELECT SUM(bytes) AS total FROM board_images WHERE board_id = ?',
  );
  const selectBoards = db.prepare<[], { board_id: string }>(
    'SELECT DISTINCT board_id FROM board_images ORDER BY board_id',
  );
  const removeAll = sqliteRemoveRows(
    db,
    db.prepare<[string, string]>('DELETE FROM board_images WHERE board_id = ? AND hash = ?'),
  );

  return {
    async put(boardId, image: NewImage) {
      insert.run(...imageRowStart(boardId, image), Date.now(), image.data, image.thumb);
    },
    async get(boardId, hash, variant: ImageVariant): Promise<ImageBytes | null> {
      const row = (variant === 'thumb' ? selectThumb : selectFull).get(boardId, hash);
      return row ? { mime: row.mime, data: new Uint8Array(row.data) } : null;
    },
    async list(boardId): Promise<ImageInfo[]> {
      return selectList.all(boardId).map(toImageInfo);
    },
    async usage(boardId) {
      return selectUsage.get(boardId)?.total ?? 0;
    },
    async remove(boardId, hashes) {
      return removeAll(boardId, hashes);
    },
    async boards() {
      return selectBoards.all().map((row) => row.board_id);
    },
    async close() {
      db.close();
    },
  };
}
