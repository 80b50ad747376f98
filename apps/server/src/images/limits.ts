/**
 * What images may cost (docs/API.md, Images), each with its environment variable in config.ts.
 */
const MiB = 1024 * 1024;

export interface ImageLimits {
  /** An upload over this many bytes is refused with 413 before it is decoded (IMAGE_MAX_BYTES). */
  readonly maxBytes: number;
  /** Pixels of a decoded image (width x height); beyond, refused from its header alone: decompression bombs (IMAGE_MAX_PIXELS). */
  readonly maxPixels: number;
  /** Bytes of stored images and thumbnails per board (IMAGE_BOARD_QUOTA_BYTES). */
  readonly boardQuotaBytes: number;
  /** Uploads per client address and hour, accepted or not (IMAGE_UPLOADS_PER_ADDRESS_PER_HOUR). */
  readonly uploadsPerAddressPerHour: number;
  /** Images decoded at once in the whole process; others wait (IMAGE_PROCESSING_CONCURRENCY). */
  readonly processingConcurrency: number;
  /** Uploads waiting for a decoder; beyond, 503 with Retry-After. */
  readonly processingQueue: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  maxBytes: 15 * MiB,
  maxPixels: 50_000_000,
  boardQuotaBytes: 500 * MiB,
  uploadsPerAddressPerHour: 300,
  processingConcurrency: 2,
  processingQueue: 20,
};
