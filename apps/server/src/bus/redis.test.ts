import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBalancer } from '../../test/scaleout';
import { freePort, type RedisService, startRedis } from '../../test/services';
import type { BoardBus, BusMessage } from './bus';
import { openRedisBus } from './redis';

describe('Redis board bus', () => {
  let redis: RedisService;
  const buses: BoardBus[] = [];
  const open = async () => {
    // A channel prefix per test: no test hears another's messages.
    const bus = await openRedisBus({ url: redis.url, channelPrefix: prefix });
    buses.push(bus);
    return bus;
  };
  let prefix = `t${randomBytes(4).toString('hex')}:`;

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
    prefix = `t${randomBytes(4).toString('hex')}:`;
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("delivers updates and awareness to the other instances, in order, and never an instance's own", async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    const atA = inbox(a, 'board');
    const atB = inbox(b, 'board');
    const atC = inbox(c, 'other-board');
    await Promise.all([atA.ready, atB.ready, atC.ready]);
    for (let i = 0; i < 100; i++) await a.publish('board', { kind: 'update', update: new Uint8Array([i, 1]) });
    await a.publish('board', { kind: 'awareness', awareness: new Uint8Array([7]) });
    await b.publish('board', { kind: 'update', update: new Uint8Array([200]) });
    await waitFor(() => atB.messages.length === 101 && atA.messages.length === 1);
    expect(atB.messages.slice(0, 100).map((m) => m.kind === 'update' && m.update[0])).toEqual(
      Array.from({ length: 100 }, (_, i) => i),
    );
    expect(atB.messages[100]).toEqual({ kind: 'awareness', awareness: new Uint8Array([7]) });
    expect(atA.messages).toEqual([{ kind: 'update', update: new Uint8Array([200]) }]);
    expect(atC.messages).toEqual([]);
  });

  it('stops delivering a board once unsubscribed', async () => {
    const [a, b] = [await open(), await open()];
    const left = inbox(b, 'left');
    const kept = inbox(b, 'kept');
    await Promise.all([left.ready, kept.ready]);
    await b.unsubscribe('left');
    await a.publish('left', { kind: 'update', update: new Uint8Array([1]) });
    // One connection delivers in order: once the later message is in, the earlier one would be too.
    await a.publish('kept', { kind: 'update', update: new Uint8Array([2]) });
    await waitFor(() => kept.messages.length === 1);
    expect(left.messages).toEqual([]);
  });

  it('resubscribes after losing its connection, then asks for a resync', async () => {
    const [a, b] = [await open(), await open()];
    const atB = inbox(b, 'board');
    await atB.ready;
    let resyncs = 0;
    b.onResync(() => resyncs++);
    const admin = new Redis(redis.url);
    try {
      // Drop every subscriber connection, as a Redis restart or a network cut would.
      await admin.client('KILL', 'TYPE', 'pubsub');
    } finally {
      admin.disconnect();
    }
    await waitFor(() => resyncs >= 1);
    await a.publish('board', { kind: 'update', update: new Uint8Array([3]) });
    await waitFor(() => atB.messages.length === 1);
  });

  it('asks the other instances to resync when its publishing connection comes back', async () => {
    const [a, b] = [await open(), await open()];
    let resyncsAtA = 0;
    let resyncsAtB = 0;
    a.onResync(() => resyncsAtA++);
    b.onResync(() => resyncsAtB++);
    const admin = new Redis(redis.url);
    try {
      // Only A's publisher: whatever A published while it was away, B never heard.
      const clients = String(await admin.client('LIST'));
      const line = clients.split('\n').find((l) => l.includes(`name=parcours-pub-${a.instanceId}`));
      await admin.client('KILL', 'ID', line!.match(/id=(\d+)/)![1]!);
    } finally {
      admin.disconnect();
    }
    await waitFor(() => resyncsAtB === 1);
    expect(resyncsAtA).toBe(0);
  });

  it('subscribes while Redis is unreachable, and resubscribes and resyncs once it is back', async () => {
    // This bus reaches Redis through a proxy that can cut it off.
    const link = await startBalancer(Number(new URL(redis.url).port));
    try {
      const bus = await openRedisBus({ url: `redis://127.0.0.1:${link.port}`, channelPrefix: prefix });
      buses.push(bus);
      let resyncs = 0;
      bus.onResync(() => resyncs++);
      link.route(null);
      link.dropAll();
      const other = await open();
      // Resolves without Redis: the instance can open boards and serve its own clients meanwhile.
      const atBus = inbox(bus, 'board');
      await atBus.ready;
      await other.publish('board', { kind: 'update', update: new Uint8Array([1]) }); // lost for `bus`
      link.route(Number(new URL(redis.url).port));
      await waitFor(() => resyncs >= 1);
      await other.publish('board', { kind: 'update', update: new Uint8Array([2]) });
      await waitFor(() => atBus.messages.length === 1);
      expect(atBus.messages).toEqual([{ kind: 'update', update: new Uint8Array([2]) }]);
    } finally {
      await link.close();
    }
  });

  it('refuses to start when Redis cannot be reached', async () => {
    const port = await freePort();
    await expect(openRedisBus({ url: `redis://127.0.0.1:${port}` })).rejects.toThrow(/cannot reach Redis/);
  });
});

function inbox(bus: BoardBus, boardId: string): { messages: BusMessage[]; ready: Promise<void> } {
  const messages: BusMessage[] = [];
  return { messages, ready: bus.subscribe(boardId, (m) => messages.push(m)) };
}

async function waitFor(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
