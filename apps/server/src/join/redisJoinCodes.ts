/**
 * Join codes in Redis, for instances that share one (REDIS_URL): the facilitator's screen may ask
 * instance A for the code and the phone that types it may reach instance B, with no sticky
 * sessions. Redis already holds only live, unpersisted state for the deployment (the bus); a code
 * holds the edit token it opens, as in memory on one instance, and lives no longer than its TTL.
 *
 * Keys, under `prefix`: `code:<CODE>` -> `{boardId, token, expiresAt}` and `board:<id>` -> its
 * code, both expiring with the code; `codes`, a sorted set of live codes by expiry, which bounds
 * their number (`max`: the soonest to expire, that is the oldest, are forgotten first).
 * Two instances issuing a code for one board at the same moment may both make one: both resolve.
 */
import { Redis } from 'ioredis';
import {
  type JoinCode,
  type JoinCodeStore,
  type JoinCodesOptions,
  type JoinCodeTarget,
  normalizeJoinCode,
  randomJoinCode,
  stillGood,
} from './joinCodes';

export interface RedisJoinCodesOptions extends JoinCodesOptions {
  /** redis://[:password@]host:port[/db] */
  readonly url: string;
  /** So that several deployments (or tests) can share one Redis. */
  readonly prefix?: string;
}

const CONNECT_TIMEOUT_MS = 10_000;

/** Connects (rejecting when Redis cannot be reached) and returns the store. */
export async function openRedisJoinCodes(options: RedisJoinCodesOptions): Promise<JoinCodeStore> {
  const redis = new Redis(options.url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 3,
    connectionName: 'parcours-join-codes',
  });
  // ioredis reconnects by itself; without a listener a dropped connection would crash the process.
  redis.on('error', () => {});
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new Error(`cannot reach Redis at REDIS_URL: ${(err as Error).message}`, { cause: err });
  }
  return new RedisJoinCodes(redis, options);
}

class RedisJoinCodes implements JoinCodeStore {
  private readonly prefix: string;
  private readonly now: () => number;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisJoinCodesOptions,
  ) {
    this.prefix = options.prefix ?? 'parcours:join:';
    this.now = options.now ?? Date.now;
  }

  async issue(target: JoinCodeTarget): Promise<JoinCode> {
    const { ttlMs, max } = this.options;
    const current = await this.redis.get(this.boardKey(target.boardId));
    const live = current ? await this.live(current) : undefined;
    if (live && stillGood(live, target, this.now(), ttlMs)) return live;
    if (live) await this.drop(live.code);
    const codes = this.key('codes');
    await this.redis.zremrangebyscore(codes, '-inf', this.now());
    const over = (await this.redis.zcard(codes)) - max + 1;
    if (over > 0) {
      const oldest = await this.redis.zpopmin(codes, over);
      // zpopmin answers [member, score, member, score, ...]
      const gone = oldest.filter((_, i) => i % 2 === 0).map((code) => this.codeKey(code));
      if (gone.length > 0) await this.redis.del(...gone);
    }
    const expiresAt = this.now() + ttlMs;
    for (;;) {
      const code = randomJoinCode();
      const entry: JoinCode = { ...target, code, expiresAt };
      const stored = JSON.stringify({ boardId: entry.boardId, token: entry.token, expiresAt });
      if ((await this.redis.set(this.codeKey(code), stored, 'PX', ttlMs, 'NX')) !== 'OK') continue; // taken
      await this.redis
        .multi()
        .set(this.boardKey(target.boardId), code, 'PX', ttlMs)
        .zadd(codes, expiresAt, code)
        .exec();
      return entry;
    }
  }

  async resolve(input: string): Promise<JoinCode | undefined> {
    const code = normalizeJoinCode(input);
    return code ? this.live(code) : undefined;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private async live(code: string): Promise<JoinCode | undefined> {
    const raw = await this.redis.get(this.codeKey(code));
    const entry = raw === null ? undefined : parseEntry(code, raw);
    if (entry && entry.expiresAt <= this.now()) {
      await this.drop(code);
      return undefined;
    }
    return entry;
  }

  private async drop(code: string): Promise<void> {
    await this.redis.multi().del(this.codeKey(code)).zrem(this.key('codes'), code).exec();
  }

  private key(name: string): string {
    return `${this.prefix}${name}`;
  }

  private codeKey(code: string): string {
    return this.key(`code:${code}`);
  }

  private boardKey(boardId: string): string {
    return this.key(`board:${boardId}`);
  }
}

function parseEntry(code: string, raw: string): JoinCode | undefined {
  try {
    const value = JSON.parse(raw) as Partial<JoinCode>;
    if (typeof value.boardId !== 'string' || typeof value.token !== 'string') return undefined;
    if (typeof value.expiresAt !== 'number') return undefined;
    return { code, boardId: value.boardId, token: value.token, expiresAt: value.expiresAt };
  } catch {
    return undefined;
  }
}
