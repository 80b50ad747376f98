/**
 * Where a board's images live, apart from its doc: a card holds only a reference (hash, width,
 * height, alt: @parcours/journey images/imageRef.ts), never the bytes. Images belong to one board
 * (its tokens read them) and are content-addressed within it by the SHA-256 of the stored bytes, so
 * uploading the same picture twice stores it once. Each image has its display size (longest side
 * 2,048 px) and a thumbnail for the zoomed-out canvas.
 *
 * SQLite (sqliteImages.ts, the default, under DATA_DIR), PostgreSQL (postgresImages.ts) and
 * S3-compatible storage (s3Images.ts) implement it; imageStore.contract.ts is the suite all run.
 */

export type ImageMime = 'image/jpeg' | 'image/png';
export type ImageVariant = 'full' | 'thumb';

export interface NewImage {
  /** SHA-256 (hex) of `data`. */
  readonly hash: string;
  readonly mime: ImageMime;
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
  readonly thumb: Uint8Array;
}

export interface ImageInfo {
  readonly hash: string;
  readonly mime: ImageMime;
  readonly width: number;
  readonly height: number;
  /** Bytes of the image plus its thumbnail: what counts against the board's quota. */
  readonly bytes: number;
  readonly createdAt: Date;
}

export interface ImageBytes {
  readonly mime: ImageMime;
  readonly data: Uint8Array;
}

export interface ImageStore {
  /** Stores the image unless the board has it already; resolves once durable. */
  put(boardId: string, image: NewImage): Promise<void>;
  /** One variant's bytes, or null when the board has no such image. */
  get(boardId: string, hash: string, variant: ImageVariant): Promise<ImageBytes | null>;
  /** What the board has, oldest first. */
  list(boardId: string): Promise<ImageInfo[]>;
  /** Bytes the board's images take (images and thumbnails). */
  usage(boardId: string): Promise<number>;
  /** Removes these images of the board; resolves with how many there were. */
  remove(boardId: string, hashes: readonly string[]): Promise<number>;
  /** Ids of the boards that have images (the periodic collection walks them). */
  boards(): Promise<string[]>;
  close(): Promise<void>;
}

export function sizeOf(image: NewImage): number {
  return image.data.byteLength + image.thumb.byteLength;
}
