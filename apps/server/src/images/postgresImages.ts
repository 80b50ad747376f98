/**
 * Images as PostgreSQL bytea, for instances that share one database (scale-out). The table is
 * its own (not a numbered migration of the board store): created if missing under an advisory
 * lock, so instances starting together do not race.
 */
import pg from 'pg';
import { postgresRemoveRows } from '../storage/removeRows';
import { IMAGE_INFO_COLUMNS, type ImageRow, imageRowStart, toImageInfo } from './imageRows';
import type { ImageBytes, ImageInfo, ImageMime, ImageStore, NewImage } from './imageStore';

const SCHEMA = `CREATE TABLE IF NOT EXISTS board_images (
  board_id text NOT NULL,
  hash text NOT NULL,
  mime text NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  bytes bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  data bytea NOT NULL,
  thumb bytea NOT NULL,
  PRIMARY KEY (board_id, hash)
)`;

/** Names "the image table" among the database's advisory locks ('pimg'). */
const SCHEMA_LOCK = 0x70696d67;

export async function openPostgresImages(options: { url: string; poolSize?: number }): Promise<ImageStore> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 4, application_name: 'parcours' });
  pool.on('error', () => {});
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    await client.query('COMMIT');
    client.release();
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    client.release(true);
    await pool.end();
    throw err;
  }

  return {
    async put(boardId, image: NewImage) {
      await pool.query(
        `INSERT INTO board_images (board_id, hash, mime, width, height, bytes, data, thumb)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (board_id, hash) DO NOTHING`,
        [...imageRowStart(boardId, image), Buffer.from(image.data), Buffer.from(image.thumb)],
      );
    },
    async get(boardId, hash, variant): Promise<ImageBytes | null> {
      const column = variant === 'thumb' ? 'thumb' : 'data';
      const result = await pool.query<{ mime: ImageMime; data: Buffer }>(
        `SELECT mime, ${column} AS data FROM board_images WHERE board_id = $1 AND hash = $2`,
        [boardId, hash],
      );
      const row = result.rows[0];
      return row ? { mime: row.mime, data: new Uint8Array(row.data) } : null;
    },
    async list(boardId): Promise<ImageInfo[]> {
      const result = await pool.query<ImageRow>(
        `SELECT ${IMAGE_INFO_COLUMNS} FROM board_images WHERE board_id = $1 ORDER BY created_at, hash`,
        [boardId],
      );
      return result.rows.map(toImageInfo);
    },
    async usage(boardId) {
      const result = await pool.query<{ total: string | null }>(
        'SELECT SUM(bytes) AS total FROM board_images WHERE board_id = $1',
        [boardId],
      );
      return Number(result.rows[0]?.total ?? 0);
    },
    remove(boardId, hashes) {
      const sql = 'DELETE FROM board_images WHERE board_id = $1 AND hash = ANY($2::text[])';
      return postgresRemoveRows(pool, sql, boardId, hashes);
    },
    async boards() {
      const result = await pool.query<{ board_id: string }>(
        'SELECT DISTINCT board_id FROM board_images ORDER BY board_id',
      );
      return result.rows.map((row) => row.board_id);
    },
    async close() {
      await pool.end();
    },
  };
}
