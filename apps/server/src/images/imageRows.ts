/**
 * An image as a row of `board_images`, the same in SQLite (sqliteImages.ts) and PostgreSQL
 * (postgresImages.ts): the values a row starts with and a row read back as an ImageInfo. The
 * databases differ only in how they hand values over (a time is milliseconds in SQLite and a Date
 * in PostgreSQL, whose bigint `bytes` comes as text); their SQL stays in their own files.
 */
import type { ImageInfo, ImageMime, NewImage } from './imageStore';
import { sizeOf } from './imageStore';

/** What `list` reads of a row. */
export const IMAGE_INFO_COLUMNS = 'hash, mime, width, height, bytes, created_at';

export interface ImageRow {
  hash: string;
  mime: ImageMime;
  width: number;
  height: number;
  bytes: number | string;
  created_at: number | Date;
}

/** The first values of an image's row: board_id, hash, mime, width, height, bytes (each store adds the rest). */
export function imageRowStart(boardId: string, image: NewImage): [string, string, ImageMime, number, number, number] {
  return [boardId, image.hash, image.mime, image.width, image.height, sizeOf(image)];
}

export function toImageInfo({ hash, mime, width, height, bytes, created_at }: ImageRow): ImageInfo {
  return { hash, mime, width, height, bytes: Number(bytes), createdAt: new Date(created_at) };
}
