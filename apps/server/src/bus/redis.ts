/**
 * The bus over Redis pub/sub (ioredis): one channel per board, one connection to publish and one
 * to subscribe (a subscribed Redis connection can do nothing else).
 *
 * After a reconnection the subscriber resubscribes to every board itself, waits for Redis to
 * confirm, and only then runs the resync callbacks: a catch-up read from the store that starts
 * after that point cannot miss an update that was published while the bus was down. What this
 * instance published meanwhile was lost for the others, so after either of its connections comes
 * back it also asks every other instance to resync (a notice on the `<prefix>~resync` channel).
 *
 * While Redis is away the instance keeps serving: subscribe() returns at once (the reconnection
 * subscribes), publish() fails and the relay only logs it (the update is stored).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { type BoardBus, type BusMessage, decodeBusMessage, encodeBusMessage } from './bus';

export interface RedisBusOptions {
  /** redis://[:password@]host:port[/db] */
  readonly url: string;
  /** Prefix of the channel names, so several deployments can share one Redis. */
  readonly channelPrefix?: string;
  /** Defaults to a random UUID: a restarted process is a new instance. */
  readonly instanceId?: string;
  /** A subscriber callback threw, or a message could not be read. */
  readonly onError?: (err: unknown) => void;
}

const CONNECT_TIMEOUT_MS = 10_000;

/** Connects both connections (rejecting when Redis cannot be reached) and returns the bus. */
export async function openRedisBus(options: RedisBusOptions): Promise<BoardBus> {
  const prefix = options.channelPrefix ?? 'parcours:board:';
  const instanceId = options.instanceId ?? randomUUID();
  const onError = options.onError ?? (() => {});
  const redisOptions = {
    lazyConnect: true,
    autoResubscribe: false,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Publishes wait in ioredis's queue while Redis is briefly away, but not forever.
    maxRetriesPerRequest: 3,
  };
  const publisher = new Redis(options.url, { ...redisOptions, connectionName: `parcours-pub-${instanceId}` });
  const subscriber = new Redis(options.url, { ...redisOptions, connectionName: `parcours-sub-${instanceId}` });
  // ioredis reconnects by itself; without listeners a dropped connection would crash the process.
  publisher.on('error', () => {});
  subscriber.on('error', () => {});
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
  } catch (err) {
    publisher.disconnect();
    subscriber.disconnect();
    throw new Error(`cannot reach Redis at REDIS_URL: ${(err as Error).message}`, { cause: err });
  }

  const handlers = new Map<string, (message: BusMessage) => void>();
  const resyncCallbacks: (() => void)[] = [];
  const channelOf = (boardId: string) => `${prefix}${boardId}`;
  // Board ids are base64url: no board channel ends like this one.
  const resyncChannel = `${prefix}~resync`;
  const resync = () => {
    for (const callback of resyncCallbacks) callback();
  };
  const askOthersToResync = () => {
    publisher.publish(resyncChannel, instanceId).catch(onError);
  };

  subscriber.on('messageBuffer', (channel: Buffer, bytes: Buffer) => {
    const name = channel.toString();
    if (name === resyncChannel) {
      if (bytes.toString() !== instanceId) resync();
      return;
    }
    if (!name.startsWith(prefix)) return;
    const handler = handlers.get(name.slice(prefix.length));
    if (!handler) return;
    try {
      const decoded = decodeBusMessage(bytes);
      if (!decoded || decoded.origin === instanceId) return;
      handler(decoded.message);
    } catch (err) {
      onError(err);
    }
  });

  await subscriber.subscribe(resyncChannel);
  // Registered after the first connection: every 'ready' from now on is a reconnection.
  subscriber.on('ready', () => {
    subscriber.subscribe(resyncChannel, ...[...handlers.keys()].map(channelOf)).then(
      () => {
        resync();
        askOthersToResync();
      },
      (err: unknown) => onError(err),
    );
  });
  publisher.on('ready', askOthersToResync);

  return {
    instanceId,
    shared: true,
    async subscribe(boardId, onMessage) {
      handlers.set(boardId, onMessage);
      // Redis away: the reconnection subscribes, then the resync reads what was missed.
      if (subscriber.status !== 'ready') return;
      await subscriber.subscribe(channelOf(boardId)).catch(onError);
    },
    async unsubscribe(boardId) {
      if (!handlers.delete(boardId) || subscriber.status !== 'ready') return;
      await subscriber.unsubscribe(channelOf(boardId)).catch(onError);
    },
    async publish(boardId, message) {
      await publisher.publish(channelOf(boardId), Buffer.from(encodeBusMessage(instanceId, message)));
    },
    onResync(callback) {
      resyncCallbacks.push(callback);
    },
    async close() {
      handlers.clear();
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
