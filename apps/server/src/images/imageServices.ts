/**
 * What the image routes need, built once per app: the store (closed with the app), the decoder
 * queue, the per-address upload counter and the periodic collection of unused images.
 */
import type { FastifyInstance } from 'fastify';
import { WindowCounter } from '../limits/windowCounter';
import type { Rooms } from '../relay/rooms';
import { type CollectOptions, collectAllImages, type ReferencedElsewhere } from './collectImages';
import { ImageProcessor } from './imageProcessor';
import type { ImageStore } from './imageStore';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './limits';
import { openSqliteImages } from './sqliteImages';

export interface ImageServices {
  readonly store?: ImageStore;
  readonly limits?: Partial<ImageLimits>;
  /** An unreferenced image is kept at least this long (IMAGE_GRACE_MS): uploads land before their card, undo brings pictures back. */
  readonly graceMs?: number;
  /** Every board with images is collected this often (IMAGE_COLLECT_EVERY_MS; 0: never). */
  readonly collectEveryMs?: number;
  /** Hashes other versions of a board still show (board history); none when absent. */
  readonly referencedElsewhere?: ReferencedElsewhere;
}

export const DEFAULT_IMAGE_GRACE_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_IMAGE_COLLECT_EVERY_MS = 60 * 60 * 1000;

export function imageServices(app: FastifyInstance, rooms: Rooms, services: ImageServices = {}) {
  const images = services.store ?? openSqliteImages({ file: ':memory:' });
  const limits: ImageLimits = { ...DEFAULT_IMAGE_LIMITS, ...services.limits };
  const collect: CollectOptions = {
    images,
    rooms,
    graceMs: services.graceMs ?? DEFAULT_IMAGE_GRACE_MS,
    ...(services.referencedElsewhere ? { referencedElsewhere: services.referencedElsewhere } : {}),
  };
  const every = services.collectEveryMs ?? DEFAULT_IMAGE_COLLECT_EVERY_MS;
  let running: Promise<unknown> = Promise.resolve();
  const timer =
    every > 0
      ? setInterval(() => {
          running = collectAllImages(collect, (err) => app.log.warn({ err }, 'image collection failed'));
        }, every)
      : undefined;
  timer?.unref();
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running.catch(() => {});
    await images.close();
  });
  return {
    images,
    limits,
    collect,
    processor: new ImageProcessor({
      concurrency: limits.processingConcurrency,
      queue: limits.processingQueue,
      maxPixels: limits.maxPixels,
    }),
    uploads: new WindowCounter({ max: limits.uploadsPerAddressPerHour, windowMs: 60 * 60 * 1000 }),
  };
}
