/**
 * Builds the whole server (API, relay, web app) without listening: main.ts listens, tests use
 * inject() or listen on port 0. Plugins are registered by hand, in this one list.
 */
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { BoardBus } from './bus/bus';
import { type ExportLimits, ExportPool } from './export/exportPool';
import { Checkpointer } from './history/checkpointer';
import { notesInPool } from './history/checkpointSummary';
import { imagesInVersions } from './history/versionImages';
import { installJsonBody } from './http/jsonBody';
import { installZod, jsonSchemaTransform } from './http/zod';
import { type ImageServices, imageServices } from './images/imageServices';
import type { JoinCodeStore } from './join/joinCodes';
import { MemoryJoinCodes } from './join/joinCodes';
import { joinCodeOptions } from './join/openJoinCodes';
import { AddressConnections } from './limits/addressConnections';
import { type Limits, withDefaults } from './limits/limits';
import { SendBudget } from './limits/sendBudget';
import { WindowCounter } from './limits/windowCounter';
import { AuthLimiter } from './relay/authLimiter';
import type { AllowedOrigins } from './relay/origin';
import { Rooms } from './relay/rooms';
import { registerSyncRoute } from './relay/syncRoute';
import { registerArchiveRoutes } from './routes/archive';
import { registerBoardRoutes } from './routes/boards';
import { registerDeliverableRoutes } from './routes/deliverables';
import { registerExportRoutes } from './routes/export';
import { registerHealthRoutes } from './routes/health';
import { registerHistoryRoutes } from './routes/history';
import { registerImageRoutes } from './routes/images';
import { registerJoinRoutes } from './routes/join';
import type { BoardStore } from './storage/store';
import { registerWeb } from './web';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;
export const MAX_FRAME_BYTES = 2 * 1024 * 1024;

export interface AppOptions {
  readonly store: BoardStore;
  /** Base of share links; defaults to http://localhost:8080. */
  readonly publicUrl?: string;
  /** Log level, or false for no logs. */
  readonly logLevel?: string | false;
  /** Directory of the built web app. */
  readonly webDist?: string;
  readonly heartbeatMs?: number;
  readonly compactEveryMs?: number;
  readonly compactAfter?: number;
  /** An idle loaded board keeps only its encoded state after this long (relay/boardState.ts). */
  readonly boardSleepMs?: number;
  /** Fastify's trustProxy: which X-Forwarded-For hops give the client's address (rate limits). */
  readonly trustProxy?: boolean | string[];
  /** Close the store when the app closes (main.ts: yes; tests that reopen it: no). */
  readonly closeStore?: boolean;
  /** Fan-out to the other instances (closed with the app); a server alone when absent. */
  readonly bus?: BoardBus;
  /** Where join codes live (closed with the app): Redis behind several instances; this process's memory when absent. */
  readonly joinCodes?: JoinCodeStore;
  /** A request's headers and body must arrive within this time, or 408 and the socket is closed. */
  readonly bodyTimeoutMs?: number;
  /** Send Strict-Transport-Security (only when the users' address is https: config.ts). */
  readonly hsts?: boolean;
  /** Origins whose pages may open the websocket, besides pages of the host connected to (relay/origin.ts). */
  readonly allowedOrigins?: AllowedOrigins;
  /** PNG export workers and queue bounds (export/exportPool.ts); defaults for those absent. */
  readonly exports?: Partial<ExportLimits>;
  /** What one client may cost (limits/limits.ts); each one left out takes its default. */
  readonly limits?: Partial<Limits>;
  /**
   * Root names outside the board's layout that clients may write anything into (size, cost and
   * rights still checked). Only for the tests of relay mechanics; main.ts never sets it.
   */
  readonly scratchRoots?: readonly string[];
  /** At most one automatic checkpoint per board per this interval while it is edited (history/checkpointer.ts). */
  readonly checkpointEveryMs?: number;
  /** Images of the boards (images/): their store, limits and collection; an in-memory store when absent. */
  readonly images?: ImageServices;
}

/** Long enough for a 10 MiB import at about 1.5 Mbit/s. */
export const DEFAULT_BODY_TIMEOUT_MS = 60_000;

declare module 'fastify' {
  interface FastifyInstance {
    /** The loaded boards (for health checks and tests). */
    rooms: Rooms;
  }
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const app = Fastify({
    logger: options.logLevel ? loggerOptions(options.logLevel) : false,
    bodyLimit: MAX_BODY_BYTES,
    // Without a deadline a body may trickle in for minutes (330 s and more were seen). Node checks the
    // deadlines every connectionsCheckingInterval (30 s by default): a quarter of the deadline here.
    requestTimeout: bodyTimeoutMs,
    http: {
      headersTimeout: Math.min(60_000, bodyTimeoutMs),
      connectionsCheckingInterval: Math.min(30_000, Math.max(50, Math.round(bodyTimeoutMs / 4))),
    },
    forceCloseConnections: 'idle',
    trustProxy: options.trustProxy ?? false,
  });
  const { store } = options;
  const limits = withDefaults(options.limits);
  // Exports, and the summaries of checkpoints, off the event loop.
  const exports = new ExportPool(options.exports);
  app.addHook('onClose', async () => exports.close());
  const checkpointer = new Checkpointer({
    store,
    log: app.log,
    offLoop: notesInPool(exports),
    ...(options.checkpointEveryMs !== undefined ? { intervalMs: options.checkpointEveryMs } : {}),
  });
  const rooms = new Rooms({
    history: checkpointer,
    store,
    log: app.log,
    ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
    ...(options.compactEveryMs !== undefined ? { compactEveryMs: options.compactEveryMs } : {}),
    ...(options.compactAfter !== undefined ? { compactAfter: options.compactAfter } : {}),
    ...(options.boardSleepMs !== undefined ? { sleepAfterMs: options.boardSleepMs } : {}),
    ...(options.bus !== undefined ? { bus: options.bus } : {}),
    boardMaxBytes: limits.boardMaxBytes,
    ...(options.scratchRoots !== undefined ? { scratchRoots: new Set(options.scratchRoots) } : {}),
  });
  app.decorate('rooms', rooms);

  installZod(app);
  installJsonBody(app);
  app.addContentTypeParser('image/png', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // 'self' covers ws: and wss: to the page's own host (CSP level 3), where the app connects (sync/connect.ts).
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Over plain HTTP the header is meaningless, and a default includeSubDomains would pin HTTPS on
    // sibling hosts of an intranet name; sent only when the users' address is https (config.ts).
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Parcours API',
        version: '1',
        description: 'Boards, import and export. Realtime sync: ws /sync/:boardId.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(websocket, {
    options: { maxPayload: MAX_FRAME_BYTES },
    // Replaces the plugin's default, which closes sockets without a word: store, then say goodbye.
    preClose: async () => {
      await rooms.close();
      for (const client of app.websocketServer.clients) client.close(1001, 'server shutting down');
    },
  });

  registerHealthRoutes(app, { store, rooms });
  // One count of failed token checks per address, over HTTP and the relay alike.
  const limiter = new AuthLimiter();
  const creations = new WindowCounter({ max: limits.boardsPerAddressPerHour, windowMs: 60 * 60 * 1000 });
  const publicUrl = options.publicUrl ?? 'http://localhost:8080';
  const creation = registerBoardRoutes(app, {
    store,
    rooms,
    limiter,
    creations,
    publicUrl,
    boardMaxBytes: limits.boardMaxBytes,
  });
  const codes = options.joinCodes ?? new MemoryJoinCodes(joinCodeOptions(limits));
  app.addHook('onClose', async () => codes.close());
  registerJoinRoutes(app, { store, limiter, codes, publicUrl });
  const images = imageServices(app, rooms, {
    referencedElsewhere: imagesInVersions(store.checkpoints),
    ...options.images,
  });
  registerExportRoutes(app, { store, rooms, limiter, exports, images: images.images });
  await registerImageRoutes(app, { store, rooms, limiter, ...images });
  registerArchiveRoutes(app, { store, rooms, limiter, ...images, creation, maxJsonBytes: MAX_BODY_BYTES });
  registerHistoryRoutes(app, { store, rooms, limiter, exports, checkpointer });
  registerDeliverableRoutes(app, { store, rooms, limiter, exports, images: images.images });
  registerSyncRoute(app, {
    store,
    rooms,
    limiter,
    allowedOrigins: options.allowedOrigins,
    addresses: new AddressConnections(limits.connectionsPerAddress),
    connectionLimits: { rates: limits, sendBudget: new SendBudget(limits.sendBufferTotalBytes) },
  });
  await registerWeb(app, options.webDist ?? DEFAULT_WEB_DIST);

  if (options.closeStore ?? true) app.addHook('onClose', async () => store.close());
  if (options.bus) app.addHook('onClose', async () => options.bus?.close());
  return app;
}

function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      // Never log tokens: share links and websocket URLs carry them in the query string.
      req: (req) => ({ method: req.method, url: redactQuery(req.url), remoteAddress: req.ip }),
    },
  };
}

export function redactQuery(url: string | undefined): string | undefined {
  if (!url) return url;
  const at = url.indexOf('?');
  return at === -1 ? url : `${url.slice(0, at)}?[redacted]`;
}
