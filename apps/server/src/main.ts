/**
 * `pnpm start`: reads the environment, opens the store, builds the app and listens. SIGTERM or
 * SIGINT stores every pending update, closes every connection and exits.
 */
import { buildApp } from './app';
import { openBus } from './bus/open';
import { ConfigError, loadConfig } from './config';
import { openImages } from './images/openImages';
import { joinCodeOptions, openJoinCodes } from './join/openJoinCodes';
import { openStore } from './storage/open';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.redisUrl && config.storage.kind !== 'postgres') {
    throw new ConfigError('REDIS_URL needs DATABASE_URL=postgres://...: the instances must share one database');
  }
  const store = await openStore(config.storage);
  const bus = await openBus(config.redisUrl);
  const images = await openImages(config.storage, config.s3);
  const joinCodes = await openJoinCodes(config.redisUrl, joinCodeOptions(config.limits));
  const app = await buildApp({
    store,
    bus,
    joinCodes,
    publicUrl: config.publicUrl,
    boardSleepMs: config.boardSleepMs,
    trustProxy: config.trustProxy,
    bodyTimeoutMs: config.bodyTimeoutMs,
    hsts: config.hsts,
    ...(config.allowedOrigins ? { allowedOrigins: config.allowedOrigins } : {}),
    ...(config.webDist ? { webDist: config.webDist } : {}),
    exports: config.exports,
    limits: config.limits,
    images: { store: images, ...config.images },
    logLevel: config.logLevel === 'silent' ? false : config.logLevel,
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  app.log.info({ port, dataDir: config.dataDir, publicUrl: config.publicUrl }, 'parcours server ready');
  if (bus.shared) app.log.info({ instanceId: bus.instanceId }, 'sharing boards with the other instances over Redis');
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
