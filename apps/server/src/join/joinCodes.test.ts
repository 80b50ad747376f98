/**
 * The join code stores, in memory and in Redis, held to one contract: codes resolve, expire, are
 * renewed near their end, stay bounded in number, and (Redis) resolve on every instance.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisService, startRedis } from '../../test/services';
import {
  JOIN_CODE_ALPHABET,
  type JoinCodeStore,
  type JoinCodesOptions,
  MemoryJoinCodes,
  normalizeJoinCode,
} from './joinCodes';
import { openRedisJoinCodes } from './redisJoinCodes';

type Open = (options: JoinCodesOptions) => Promise<JoinCodeStore>;

function contract(name: string, setUp: () => Promise<{ open: Open; stop: () => Promise<void> }>) {
  describe(`join codes (${name})`, () => {
    let open: Open;
    let stop: () => Promise<void>;
    const opened: JoinCodeStore[] = [];
    const fresh: Open = async (options) => {
      const codes = await open(options);
      opened.push(codes);
      return codes;
    };
    beforeAll(async () => {
      ({ open, stop } = await setUp());
    });
    afterAll(async () => {
      await Promise.all(opened.map((c) => c.close()));
      await stop();
    });

    it('gives one live code per board and token, whatever the case and dashes typed', async () => {
      const codes = await fresh({ ttlMs: 60_000, max: 10 });
      const a = await codes.issue({ boardId: 'a', token: 'ta' });
      expect(a.code).toMatch(/^[A-Z2-9]{8}$/);
      expect((await codes.issue({ boardId: 'a', token: 'ta' })).code).toBe(a.code);
      const typed = ` ${a.code.slice(0, 4).toLowerCase()}-${a.code.slice(4)} `;
      expect(await codes.resolve(typed)).toMatchObject({ boardId: 'a', token: 'ta', code: a.code });
      // A new edit token (the link was rotated): a new code, and the old one no longer opens anything.
      const rotated = await codes.issue({ boardId: 'a', token: 'ta2' });
      expect(rotated.code).not.toBe(a.code);
      expect(await codes.resolve(a.code)).toBeUndefined();
      expect(await codes.resolve('AAAA-AAA0')).toBeUndefined();
    });

    it('expires codes, renews one near its end, and forgets the oldest past its bound', async () => {
      let now = Date.now();
      const codes = await fresh({ ttlMs: 60_000, max: 2, now: () => now });
      const a = await codes.issue({ boardId: 'a', token: 'ta' });
      expect((await codes.resolve(a.code))?.token).toBe('ta');
      now += 48_000; // within the last quarter: a new code, the old one gone
      const a2 = await codes.issue({ boardId: 'a', token: 'ta' });
      expect(a2.code).not.toBe(a.code);
      expect(await codes.resolve(a.code)).toBeUndefined();
      now += 60_000;
      expect(await codes.resolve(a2.code)).toBeUndefined();
      const b = await codes.issue({ boardId: 'b', token: 'tb' });
      now += 1;
      const c = await codes.issue({ boardId: 'c', token: 'tc' });
      now += 1;
      const d = await codes.issue({ boardId: 'd', token: 'td' });
      expect(await codes.resolve(b.code)).toBeUndefined();
      expect((await codes.resolve(c.code))?.boardId).toBe('c');
      expect((await codes.resolve(d.code))?.boardId).toBe('d');
    });
  });
}

contract('memory', async () => ({
  open: async (options) => new MemoryJoinCodes(options),
  stop: async () => {},
}));

describe('join codes in Redis', () => {
  let redis: RedisService;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  contract('Redis', async () => ({
    // A prefix per store: no test sees another's codes.
    open: (options) =>
      openRedisJoinCodes({ url: redis.url, prefix: `t${randomBytes(4).toString('hex')}:`, ...options }),
    stop: async () => {},
  }));

  it('resolves a code made by one instance on another, with the same live code for both', async () => {
    const prefix = `t${randomBytes(4).toString('hex')}:`;
    const [a, b] = await Promise.all([
      openRedisJoinCodes({ url: redis.url, prefix, ttlMs: 60_000, max: 10 }),
      openRedisJoinCodes({ url: redis.url, prefix, ttlMs: 60_000, max: 10 }),
    ]);
    try {
      const made = await a.issue({ boardId: 'board', token: 'edit' });
      expect(await b.resolve(made.code)).toMatchObject({ boardId: 'board', token: 'edit' });
      expect((await b.issue({ boardId: 'board', token: 'edit' })).code).toBe(made.code);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('refuses clearly when Redis cannot be reached', async () => {
    await expect(openRedisJoinCodes({ url: 'redis://127.0.0.1:1', ttlMs: 1000, max: 1 })).rejects.toThrow(/REDIS_URL/);
  });
});

it('reads codes without look-alike letters only', () => {
  expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  expect(normalizeJoinCode('abcd-efgh')).toBe('ABCDEFGH');
  expect(normalizeJoinCode('ABCD-EFG0')).toBeNull();
  expect(normalizeJoinCode('ABCDEFG')).toBeNull();
});
