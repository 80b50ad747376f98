/**
 * The moments where instances could disagree about a board: one instance loading a board while
 * another is relaying a burst of edits, unloading, and compaction while both append.
 */
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { type Client, createBoard, storedDoc, waitFor } from './helpers';
import { type LocalInstance, type Services, startBalancer, startInstance, useScaleout } from './scaleout';

describe('instances agree on a board', () => {
  const scaleout = useScaleout();
  const connect = (instance: LocalInstance, board: { id: string; editToken: string }) =>
    scaleout.connect(instance.syncUrl, board);
  const start = async (services: Services, options: Parameters<typeof startInstance>[1] = {}) =>
    scaleout.closeAfter(await startInstance(services, options));
  const pause = () => new Promise((resolve) => setTimeout(resolve, 1));

  it('gives a client that opens the board on another instance mid-burst every edit', async () => {
    const { services } = await scaleout.fresh();
    const [a, b] = [await start(services), await start(services)];
    const EDITS = 200;
    // Several boards, several moments: B loads each board while A relays edits to it. Compaction
    // (which would read the store again) is far off, so only subscribe-then-load can save B.
    const runs = [0, 1, 2, 3].map(async (n) => {
      const board = await createBoard(a.app);
      const writer = connect(a, board);
      await waitFor(() => writer.provider.synced, 'writer synced');
      let joiner: Client | undefined;
      for (let i = 0; i < EDITS; i++) {
        writer.doc.getMap('test').set(`k${i}`, i);
        if (i === 30 + 40 * n) joiner = connect(b, board);
        if (i % 2 === 1) await pause();
      }
      await waitFor(() => joiner!.doc.getMap('test').size === EDITS, `board ${n}: every edit on the joiner`);
    });
    await Promise.all(runs);
  });

  it('unloads a board and leaves its channel when the last client on an instance goes', async () => {
    const { services, reader } = await scaleout.fresh();
    const [a, b] = [await start(services), await start(services)];
    const board = await createBoard(a.app);
    const onA = connect(a, board);
    const onB = connect(b, board);
    await waitFor(() => onA.provider.synced && onB.provider.synced, 'both synced');
    const admin = new Redis(scaleout.redisUrl);
    scaleout.closeAfter({ close: () => admin.disconnect() });
    const subscribers = async () =>
      Number(((await admin.pubsub('NUMSUB', `parcours:board:${board.id}`)) as unknown[])[1]);
    expect(await subscribers()).toBe(2);

    onB.destroy();
    await waitFor(() => b.app.rooms.stats.boards === 0, 'the board unloaded on B');
    await waitFor(async () => (await subscribers()) === 1, 'B off the channel');
    // A goes on alone; B loads the board again, from the store, for its next client.
    for (let i = 0; i < 20; i++) onA.doc.getMap('test').set(`k${i}`, i);
    await waitFor(async () => (await storedDoc(reader, board.id)).getMap('test').size === 20, 'edits stored');
    const again = connect(b, board);
    await waitFor(() => again.provider.synced, 'synced again on B');
    expect(again.doc.getMap('test').toJSON()).toEqual(onA.doc.getMap('test').toJSON());
  });

  it('keeps serving through a Redis outage and brings every client up to date when it is back', async () => {
    const { services, reader } = await scaleout.fresh();
    const redisPort = Number(new URL(scaleout.redisUrl).port);
    const link = await startBalancer(redisPort);
    scaleout.closeAfter(link);
    const [a, b] = [
      await start({ ...services, redisUrl: `redis://127.0.0.1:${link.port}` }),
      await start({ ...services, redisUrl: `redis://127.0.0.1:${link.port}` }),
    ];
    const board = await createBoard(a.app);
    const onA = connect(a, board);
    const onB = connect(b, board);
    await waitFor(() => onA.provider.synced && onB.provider.synced, 'both synced');

    link.route(null);
    link.dropAll();
    for (let i = 0; i < 30; i++) {
      onA.doc.getMap('test').set(`a${i}`, i);
      onB.doc.getMap('test').set(`b${i}`, i);
    }
    // Each instance goes on storing its own clients' edits, and opens boards, without Redis.
    await waitFor(async () => (await storedDoc(reader, board.id)).getMap('test').size === 60, 'both sides stored');
    const other = await createBoard(b.app);
    const newcomer = connect(b, other);
    await waitFor(() => newcomer.provider.synced, 'a board opened during the outage');

    link.route(redisPort);
    // No client reconnected: the instances resync from PostgreSQL and relay what their clients missed.
    await waitFor(
      () => onA.doc.getMap('test').size === 60 && onB.doc.getMap('test').size === 60,
      'both clients up to date',
    );
    expect(onA.provider.wsconnected && onB.provider.wsconnected).toBe(true);
    expect(onB.doc.getMap('test').toJSON()).toEqual(onA.doc.getMap('test').toJSON());
  });

  it('compacts on both instances while both append, without dropping the other instance’s edits', async () => {
    const { services, reader } = await scaleout.fresh();
    // Compact after every few stored updates: many compactions race with the other side's appends.
    const options = { compactAfter: 4, compactEveryMs: 100 };
    // A hears B late (a slow link to Redis): A's compactions happen before B's latest edits reach it.
    const slowLink = await startBalancer(Number(new URL(scaleout.redisUrl).port), 25);
    scaleout.closeAfter(slowLink);
    const b = await start(services, options);
    const a = await start({ ...services, redisUrl: `redis://127.0.0.1:${slowLink.port}` }, options);
    const board = await createBoard(a.app);
    const writers = [connect(a, board), connect(a, board), connect(b, board), connect(b, board)];
    const readers = [connect(a, board), connect(b, board)];
    await waitFor(() => [...writers, ...readers].every((c) => c.provider.synced), 'every client synced');
    const EDITS = 120;
    let writing = true;
    const bursts = Promise.all(
      writers.map(async (w, n) => {
        for (let i = 0; i < EDITS; i++) {
          w.doc.getMap('test').set(`w${n}-${i}`, i);
          if (i % 3 === 2) await pause();
        }
      }),
    ).finally(() => {
      writing = false;
    });
    // Meanwhile, again and again: what the readers had received must be in PostgreSQL, whichever
    // instance compacted last (a compaction that folded only its own view would drop the other's).
    let checks = 0;
    while (writing && checks < 500) {
      const acknowledged = readers.flatMap((r) => [...r.doc.getMap('test').keys()]);
      const stored = (await storedDoc(reader, board.id)).getMap('test');
      expect(acknowledged.filter((k) => !stored.has(k))).toEqual([]);
      checks++;
    }
    await bursts;
    const total = writers.length * EDITS;
    await waitFor(() => writers.every((w) => w.doc.getMap('test').size === total), 'every edit everywhere');
    // Every client leaves: both instances store, compact and unload.
    for (const c of [...writers, ...readers]) c.provider.disconnect();
    await waitFor(() => a.app.rooms.stats.boards === 0 && b.app.rooms.stats.boards === 0, 'both unloaded');
    const stored = await reader.load(board.id);
    expect(stored!.updates.length).toBeLessThan(total); // compaction did happen
    expect((await storedDoc(reader, board.id)).getMap('test').toJSON()).toEqual(
      writers[0]!.doc.getMap('test').toJSON(),
    );
  });
});
