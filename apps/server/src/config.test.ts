import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REPO_ROOT } from './config';
import { DEFAULT_EXPORT_LIMITS } from './export/exportPool';
import { DEFAULT_IMAGE_LIMITS } from './images/limits';
import { DEFAULT_LIMITS } from './limits/limits';

describe('loadConfig', () => {
  it('defaults to port 8080 on every interface, SQLite under the repository data directory', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', publicUrl: 'http://localhost:8080', logLevel: 'info' });
    expect(config.dataDir).toBe(join(REPO_ROOT, 'data'));
    expect(config.storage).toEqual({
      kind: 'sqlite',
      file: join(REPO_ROOT, 'data', 'parcours.sqlite'),
      synchronous: 'NORMAL',
    });
  });

  it('resolves a relative DATA_DIR against the directory pnpm was started from', () => {
    expect(loadConfig({ DATA_DIR: 'var/boards', INIT_CWD: '/srv/parcours' }).dataDir).toBe('/srv/parcours/var/boards');
    expect(loadConfig({ DATA_DIR: '/data' }).dataDir).toBe('/data');
  });

  it('reads the other variables', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: 'https://parcours.example.org/',
      LOG_LEVEL: 'warn',
      DATABASE_URL: 'postgres://u:p@db:5432/parcours',
      SQLITE_SYNCHRONOUS: 'FULL',
    });
    expect(config).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      publicUrl: 'https://parcours.example.org',
      logLevel: 'warn',
    });
    expect(config.storage).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/parcours' });
  });

  it('reads which proxies to believe and how long an idle board stays live', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'uniquelocal, 127.0.0.1' }).trustProxy).toEqual(['uniquelocal', '127.0.0.1']);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({}).boardSleepMs).toBe(10_000);
    expect(loadConfig({ BOARD_SLEEP_MS: '0' }).boardSleepMs).toBe(0);
  });

  it('sends HSTS only behind https, and lets the websocket be opened by pages of PUBLIC_URL or ALLOWED_ORIGINS', () => {
    expect(loadConfig({})).toMatchObject({ hsts: false, allowedOrigins: undefined, bodyTimeoutMs: 60_000 });
    expect(loadConfig({ PUBLIC_URL: 'http://parcours.lan:8080/' })).toMatchObject({
      hsts: false,
      allowedOrigins: ['http://parcours.lan:8080'],
    });
    expect(loadConfig({ PUBLIC_URL: 'https://Parcours.example.org/app' })).toMatchObject({
      hsts: true,
      allowedOrigins: ['https://parcours.example.org'],
    });
    expect(loadConfig({ PUBLIC_URL: 'https://parcours.example.org', HSTS: 'false' }).hsts).toBe(false);
    expect(loadConfig({ HSTS: 'true' }).hsts).toBe(true);
    expect(
      loadConfig({ PUBLIC_URL: 'https://a.example', ALLOWED_ORIGINS: 'https://a.example, http://localhost:5173' })
        .allowedOrigins,
    ).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(loadConfig({ ALLOWED_ORIGINS: '*' }).allowedOrigins).toEqual(['*']);
    expect(loadConfig({ BODY_TIMEOUT_MS: '5000' }).bodyTimeoutMs).toBe(5_000);
  });

  it('reads the export limits, with workers defaulting to one less than the cores', () => {
    // The values themselves are the pool's (DEFAULT_EXPORT_LIMITS), like the other limits below.
    const defaults = loadConfig({}).exports;
    expect(defaults).toEqual(DEFAULT_EXPORT_LIMITS);
    expect(defaults.workers).toBe(Math.max(1, availableParallelism() - 1));
    const set = loadConfig({
      EXPORT_WORKERS: '3',
      EXPORT_QUEUE: '0',
      EXPORT_PER_BOARD: '1',
      EXPORT_PER_ADDRESS: '4',
      EXPORT_TIMEOUT_MS: '5000',
      EXPORT_MAX_PIXELS: '1000000',
      EXPORT_PDF_MAX_CARDS: '500',
    }).exports;
    expect(set).toEqual({
      workers: 3,
      queue: 0,
      perBoard: 1,
      perAddress: 4,
      timeoutMs: 5_000,
      maxPixels: 1_000_000,
      pdfMaxCards: 500,
    });
  });

  it('reads the limits, each defaulting to what a real workshop never reaches', () => {
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
    const limits = loadConfig({
      BOARD_MAX_BYTES: '1000000',
      WS_MESSAGES_PER_SECOND: '50',
      WS_BYTES_PER_SECOND: '65536',
      BOARDS_PER_ADDRESS_PER_HOUR: '10',
      WS_CONNECTIONS_PER_ADDRESS: '20',
      WS_SEND_BUFFER_TOTAL_BYTES: '8388608',
      JOIN_CODE_TTL_MINUTES: '60',
      JOIN_CODES_MAX: '100',
    }).limits;
    expect(limits).toEqual({
      boardMaxBytes: 1_000_000,
      connectionMessagesPerSecond: 50,
      connectionBytesPerSecond: 65_536,
      boardsPerAddressPerHour: 10,
      connectionsPerAddress: 20,
      sendBufferTotalBytes: 8_388_608,
      joinCodeTtlMinutes: 60,
      joinCodesMax: 100,
    });
  });

  it.each([
    [{ EXPORT_WORKERS: '0' }, 'EXPORT_WORKERS'],
    [{ EXPORT_MAX_PIXELS: 'many' }, 'EXPORT_MAX_PIXELS'],
    [{ ALLOWED_ORIGINS: 'parcours.example.org' }, 'ALLOWED_ORIGINS'],
    [{ ALLOWED_ORIGINS: 'https://a.example/path' }, 'ALLOWED_ORIGINS'],
    [{ HSTS: 'yes' }, 'HSTS'],
    [{ BODY_TIMEOUT_MS: '10' }, 'BODY_TIMEOUT_MS'],
    [{ BOARD_MAX_BYTES: '0' }, 'BOARD_MAX_BYTES'],
    [{ WS_CONNECTIONS_PER_ADDRESS: 'lots' }, 'WS_CONNECTIONS_PER_ADDRESS'],
    [{ TRUST_PROXY: 'nginx; drop table' }, 'TRUST_PROXY'],
    [{ BOARD_SLEEP_MS: '-5' }, 'BOARD_SLEEP_MS'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
  ])('refuses %j, naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('reads the image limits and S3_URL', () => {
    const defaults = loadConfig({});
    expect(defaults.images).toEqual({
      limits: DEFAULT_IMAGE_LIMITS,
      graceMs: 24 * 60 * 60 * 1000,
      collectEveryMs: 60 * 60 * 1000,
    });
    expect(defaults.s3).toBeUndefined();
    const config = loadConfig({
      IMAGE_MAX_BYTES: '1048576',
      IMAGE_MAX_PIXELS: '1000000',
      IMAGE_BOARD_QUOTA_BYTES: '2097152',
      IMAGE_UPLOADS_PER_ADDRESS_PER_HOUR: '10',
      IMAGE_PROCESSING_CONCURRENCY: '1',
      IMAGE_PROCESSING_QUEUE: '0',
      IMAGE_GRACE_MS: '0',
      IMAGE_COLLECT_EVERY_MS: '0',
      S3_URL: 'http://key:secret@127.0.0.1:9000/images',
    });
    expect(config.images).toEqual({
      limits: {
        maxBytes: 1048576,
        maxPixels: 1000000,
        boardQuotaBytes: 2097152,
        uploadsPerAddressPerHour: 10,
        processingConcurrency: 1,
        processingQueue: 0,
      },
      graceMs: 0,
      collectEveryMs: 0,
    });
    expect(config.s3).toMatchObject({ endpoint: 'http://127.0.0.1:9000', bucket: 'images', accessKeyId: 'key' });
    expect(() => loadConfig({ S3_URL: 'http://127.0.0.1:9000/images' })).toThrow(/S3_URL/);
    expect(() => loadConfig({ IMAGE_MAX_BYTES: '0' })).toThrow(/IMAGE_MAX_BYTES/);
  });
});
