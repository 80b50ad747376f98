/**
 * The environment, read once and validated. Everything else receives typed options.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from './export/exportPool';
import { DEFAULT_IMAGE_COLLECT_EVERY_MS, DEFAULT_IMAGE_GRACE_MS } from './images/imageServices';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './images/limits';
import { parseS3Url, type S3Location } from './images/s3Images';
import { DEFAULT_LIMITS, type Limits } from './limits/limits';

/** apps/server/src -> the repository root, whatever the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A limit of limits/limits.ts: a positive integer, its default when unset. */
const limit = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).optional(),
  WEB_DIST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .optional()
    .refine(
      (url) => !url || /^postgres(ql)?:\/\//.test(url),
      'expected postgres://... (or unset for SQLite under DATA_DIR)',
    ),
  REDIS_URL: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  BOARD_SLEEP_MS: z.coerce.number().int().min(0).default(10_000),
  EXPORT_WORKERS: z.coerce.number().int().min(1).max(64).default(DEFAULT_EXPORT_LIMITS.workers),
  EXPORT_QUEUE: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_EXPORT_LIMITS.queue),
  EXPORT_PER_BOARD: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_EXPORT_LIMITS.perBoard),
  EXPORT_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_EXPORT_LIMITS.perAddress),
  EXPORT_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_EXPORT_LIMITS.timeoutMs),
  EXPORT_MAX_PIXELS: z.coerce.number().int().min(10_000).max(500_000_000).default(DEFAULT_EXPORT_LIMITS.maxPixels),
  EXPORT_PDF_MAX_CARDS: z.coerce.number().int().min(1).max(20_000).default(DEFAULT_EXPORT_LIMITS.pdfMaxCards),
  TRUST_PROXY: z
    .string()
    .optional()
    .refine(
      (v) => !v || /^(true|false|[\w.:/, ]+)$/.test(v),
      'expected true, or comma-separated proxy addresses, CIDRs or ranges (loopback, linklocal, uniquelocal)',
    ),
  BODY_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(60_000),
  HSTS: z.enum(['true', 'false']).optional(),
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .refine(
      (v) => !v || v.trim() === '*' || v.split(',').every((o) => !o.trim() || isOrigin(o.trim())),
      'expected *, or comma-separated origins such as https://parcours.example.org',
    ),
  BOARD_MAX_BYTES: limit(DEFAULT_LIMITS.boardMaxBytes),
  WS_MESSAGES_PER_SECOND: limit(DEFAULT_LIMITS.connectionMessagesPerSecond),
  WS_BYTES_PER_SECOND: limit(DEFAULT_LIMITS.connectionBytesPerSecond),
  BOARDS_PER_ADDRESS_PER_HOUR: limit(DEFAULT_LIMITS.boardsPerAddressPerHour),
  WS_CONNECTIONS_PER_ADDRESS: limit(DEFAULT_LIMITS.connectionsPerAddress),
  WS_SEND_BUFFER_TOTAL_BYTES: limit(DEFAULT_LIMITS.sendBufferTotalBytes),
  JOIN_CODE_TTL_MINUTES: limit(DEFAULT_LIMITS.joinCodeTtlMinutes),
  JOIN_CODES_MAX: limit(DEFAULT_LIMITS.joinCodesMax),
  IMAGE_MAX_BYTES: limit(DEFAULT_IMAGE_LIMITS.maxBytes),
  IMAGE_MAX_PIXELS: limit(DEFAULT_IMAGE_LIMITS.maxPixels),
  IMAGE_BOARD_QUOTA_BYTES: limit(DEFAULT_IMAGE_LIMITS.boardQuotaBytes),
  IMAGE_UPLOADS_PER_ADDRESS_PER_HOUR: limit(DEFAULT_IMAGE_LIMITS.uploadsPerAddressPerHour),
  IMAGE_PROCESSING_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(DEFAULT_IMAGE_LIMITS.processingConcurrency),
  IMAGE_PROCESSING_QUEUE: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_IMAGE_LIMITS.processingQueue),
  IMAGE_GRACE_MS: z.coerce.number().int().min(0).default(DEFAULT_IMAGE_GRACE_MS),
  IMAGE_COLLECT_EVERY_MS: z.coerce.number().int().min(0).default(DEFAULT_IMAGE_COLLECT_EVERY_MS),
  S3_URL: z
    .string()
    .optional()
    .refine((v) => !v || isS3Url(v), 'expected http(s)://ACCESS_KEY:SECRET_KEY@host[:port]/bucket[?region=...]'),
});

function isS3Url(value: string): boolean {
  try {
    parseS3Url(value);
    return true;
  } catch {
    return false;
  }
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/+$/, '').toLowerCase();
  } catch {
    return false;
  }
}

export type StorageConfig =
  | { readonly kind: 'sqlite'; readonly file: string; readonly synchronous: 'NORMAL' | 'FULL' }
  | { readonly kind: 'postgres'; readonly url: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** The built web app to serve (apps/web/dist unless WEB_DIST says otherwise). */
  readonly webDist: string | undefined;
  readonly storage: StorageConfig;
  readonly redisUrl: string | undefined;
  /** Base of the share links, without a trailing slash. */
  readonly publicUrl: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** An idle loaded board keeps only its encoded state after this long (0: never). */
  readonly boardSleepMs: number;
  /** Which X-Forwarded-For hops to believe for client addresses (Fastify's trustProxy). */
  readonly trustProxy: boolean | string[];
  /** A request's headers and body must arrive within this time. */
  readonly bodyTimeoutMs: number;
  /** Send Strict-Transport-Security: HSTS, or else whether PUBLIC_URL is https. */
  readonly hsts: boolean;
  /** Pages allowed to open the websocket besides the host's own: ALLOWED_ORIGINS, or PUBLIC_URL's origin. */
  readonly allowedOrigins: readonly string[] | undefined;
  /** PNG and JSON exports: worker threads, queue bounds, timeout, pixel cap (export/exportPool.ts). */
  readonly exports: ExportLimits;
  /** What one client may cost (docs/API.md, Limits). */
  readonly limits: Limits;
  /** Board images: upload and storage limits, collection of unused ones (docs/API.md, Images). */
  readonly images: { readonly limits: ImageLimits; readonly graceMs: number; readonly collectEveryMs: number };
  /** Images in S3-compatible storage instead of the database (S3_URL). */
  readonly s3: S3Location | undefined;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // `pnpm start` runs in apps/server; a relative DATA_DIR means relative to where the user typed it.
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = e.DATA_DIR
    ? isAbsolute(e.DATA_DIR)
      ? e.DATA_DIR
      : resolve(base, e.DATA_DIR)
    : resolve(REPO_ROOT, 'data');
  const storage: StorageConfig =
    e.DATABASE_URL && /^postgres(ql)?:/.test(e.DATABASE_URL)
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: resolve(dataDir, 'parcours.sqlite'), synchronous: e.SQLITE_SYNCHRONOUS };
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    webDist: e.WEB_DIST ? resolve(base, e.WEB_DIST) : undefined,
    storage,
    redisUrl: e.REDIS_URL || undefined,
    publicUrl,
    logLevel: e.LOG_LEVEL,
    boardSleepMs: e.BOARD_SLEEP_MS,
    trustProxy: toTrustProxy(e.TRUST_PROXY),
    bodyTimeoutMs: e.BODY_TIMEOUT_MS,
    hsts: e.HSTS ? e.HSTS === 'true' : publicUrl.startsWith('https://'),
    allowedOrigins: toAllowedOrigins(e.ALLOWED_ORIGINS, e.PUBLIC_URL),
    exports: {
      workers: e.EXPORT_WORKERS,
      queue: e.EXPORT_QUEUE,
      perBoard: e.EXPORT_PER_BOARD,
      perAddress: e.EXPORT_PER_ADDRESS,
      timeoutMs: e.EXPORT_TIMEOUT_MS,
      maxPixels: e.EXPORT_MAX_PIXELS,
      pdfMaxCards: e.EXPORT_PDF_MAX_CARDS,
    },
    limits: {
      boardMaxBytes: e.BOARD_MAX_BYTES,
      connectionMessagesPerSecond: e.WS_MESSAGES_PER_SECOND,
      connectionBytesPerSecond: e.WS_BYTES_PER_SECOND,
      boardsPerAddressPerHour: e.BOARDS_PER_ADDRESS_PER_HOUR,
      connectionsPerAddress: e.WS_CONNECTIONS_PER_ADDRESS,
      sendBufferTotalBytes: e.WS_SEND_BUFFER_TOTAL_BYTES,
      joinCodeTtlMinutes: e.JOIN_CODE_TTL_MINUTES,
      joinCodesMax: e.JOIN_CODES_MAX,
    },
    images: {
      limits: {
        maxBytes: e.IMAGE_MAX_BYTES,
        maxPixels: e.IMAGE_MAX_PIXELS,
        boardQuotaBytes: e.IMAGE_BOARD_QUOTA_BYTES,
        uploadsPerAddressPerHour: e.IMAGE_UPLOADS_PER_ADDRESS_PER_HOUR,
        processingConcurrency: e.IMAGE_PROCESSING_CONCURRENCY,
        processingQueue: e.IMAGE_PROCESSING_QUEUE,
      },
      graceMs: e.IMAGE_GRACE_MS,
      collectEveryMs: e.IMAGE_COLLECT_EVERY_MS,
    },
    s3: e.S3_URL ? parseS3Url(e.S3_URL) : undefined,
  };
}

/**
 * ALLOWED_ORIGINS (`*` for any), else the origin of PUBLIC_URL (the address users open). Pages of
 * the host the browser connected to are let in either way (relay/origin.ts).
 */
function toAllowedOrigins(value: string | undefined, publicUrl: string | undefined): readonly string[] | undefined {
  const list = (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => (v === '*' ? v : new URL(v).origin));
  if (list.length > 0) return list;
  return publicUrl ? [new URL(publicUrl).origin] : undefined;
}

/**
 * TRUST_PROXY: unset or false (clients connect directly), or the proxies whose X-Forwarded-For we
 * believe: addresses, CIDRs or proxy-addr's ranges (`uniquelocal` covers a Docker network). `true`
 * believes anyone, which lets a direct client choose its address. (Fastify refuses hop counts.)
 */
function toTrustProxy(value: string | undefined): boolean | string[] {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}
