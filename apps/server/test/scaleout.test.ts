/**
 * Several identical instances on one PostgreSQL and one Redis, any of them serving any board:
 * stock y-websocket clients on different instances converge, a client that moves to another
 * instance loses nothing, and an instance killed with SIGKILL mid-burst loses no edit that any
 * client received.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Client, createBoard, newVoter, storedDoc, votedKeys, waitFor } from './helpers';
import { startBalancer, startChildInstance, startInstance, useScaleout } from './scaleout';

describe('several instances behind a load balancer', () => {
  // A fresh database per test; the Redis is shared (its channels are per board, boards are new).
  const scaleout = useScaleout();
  const { connect, closeAfter: started } = scaleout;

  it('makes clients on two instances converge on every edit, presence included', async () => {
    const { services, reader } = await scaleout.fresh();
    const [a, b] = [started(await startInstance(services)), started(await startInstance(services))];
    const board = await createBoard(a.app);
    const onA = [connect(a.syncUrl, board), connect(a.syncUrl, board)];
    const onB = [connect(b.syncUrl, board), connect(b.syncUrl, board)];
    const all = [...onA, ...onB];
    await waitFor(() => all.every((c) => c.provider.synced), 'every client synced');

    // Inserts, concurrent edits of one key, text, and deletions, from both sides.
    all.forEach((c, i) => {
      c.doc.getMap('test').set(`from-${i}`, i);
      c.doc.getMap('test').set('contested', i);
      c.doc.getText('notes').insert(0, `note ${i}; `);
    });
    await waitFor(() => all.every((c) => c.doc.getMap('test').size === 5), 'every insert everywhere');
    onB[1]!.doc.getMap('test').delete('from-0');
    onA[0]!.doc.getText('notes').delete(0, 4);
    await waitFor(() => all.every((c) => !c.doc.getMap('test').has('from-0')), 'the deletion everywhere');
    await waitFor(
      () => all.every((c) => c.doc.getText('notes').toString() === onA[0]!.doc.getText('notes').toString()),
      'the same text everywhere',
    );
    const state = Y.encodeStateVector(onA[0]!.doc);
    for (const c of all) {
      expect(Y.encodeStateVector(c.doc)).toEqual(state);
      expect(c.doc.getMap('test').toJSON()).toEqual(onA[0]!.doc.getMap('test').toJSON());
    }
    // PostgreSQL has it all, and a late joiner on either instance gets it from there or from memory.
    await waitFor(
      async () =>
        (await storedDoc(reader, board.id)).getText('notes').toString() === onA[0]!.doc.getText('notes').toString(),
      'the text in PostgreSQL',
    );
    const late = connect(b.syncUrl, board);
    await waitFor(() => late.provider.synced, 'late joiner synced');
    expect(late.doc.getMap('test').toJSON()).toEqual(onA[0]!.doc.getMap('test').toJSON());

    // Presence crosses instances, and so does leaving.
    onA[0]!.provider.awareness.setLocalStateField('user', { name: 'Ana' });
    const seesAna = (c: Client) => [...c.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Ana');
    await waitFor(() => onB.every(seesAna), 'Ana visible on instance B');
    onA[0]!.destroy();
    await waitFor(() => !onB.some(seesAna), 'Ana gone on instance B');
  });

  it('shows the clients of a lagging instance only states the board really had, while others resync', async () => {
    const { services } = await scaleout.fresh();
    // C hears the others late, while up-to-date clients keep reconnecting to A and B and get sync
    // replies computed for their state vectors. Those replies carry the whole delete set and stay
    // with their client (hocuspocus issue 1151: applied on a lagging instance, they delete text
    // before the inserts that replaced it arrive, and its clients see a text the board never had).
    const slowLink = started(await startBalancer(Number(new URL(scaleout.redisUrl).port), 30));
    const [a, b] = [started(await startInstance(services)), started(await startInstance(services))];
    const c = started(await startInstance({ ...services, redisUrl: `redis://127.0.0.1:${slowLink.port}` }));
    const board = await createBoard(a.app);
    const writer = connect(a.syncUrl, board);
    const watcher = connect(c.syncUrl, board);
    const resyncing = [connect(a.syncUrl, board), connect(b.syncUrl, board)];
    await waitFor(() => [writer, watcher, ...resyncing].every((x) => x.provider.synced), 'every client synced');

    const text = (x: Client) => x.doc.getText('title').toString();
    writer.doc.getText('title').insert(0, 'version -1');
    await waitFor(() => text(watcher) === 'version -1', 'the first title on C');
    // Every title the board ever had; never an empty one.
    const history = new Set([text(writer)]);
    writer.doc.on('update', () => history.add(text(writer)));
    const seen: string[] = [];
    watcher.doc.on('update', () => seen.push(text(watcher)));
    for (let i = 0; i < 60; i++) {
      const title = writer.doc.getText('title');
      writer.doc.transact(() => {
        title.delete(0, title.length);
        title.insert(0, `version ${i}${'!'.repeat(i % 5)}`);
      });
      // Up-to-date clients reconnect: each gets a sync reply computed for its state vector.
      if (i % 4 === 0) {
        for (const x of resyncing) {
          x.provider.disconnect();
          x.provider.connect();
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await waitFor(() => text(watcher) === text(writer), 'the watcher on C up to date');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((t) => !history.has(t))).toEqual([]);
    await waitFor(() => resyncing.every((x) => text(x) === text(writer)), 'the reconnecting clients up to date');
  });

  it('loses nothing when a client moves from one instance to another, offline edits included', async () => {
    const { services, reader } = await scaleout.fresh();
    const [a, b] = [started(await startInstance(services)), started(await startInstance(services))];
    const balancer = started(await startBalancer(a.port));
    const board = await createBoard(a.app);
    const mover = connect(balancer.syncUrl, board);
    const watcherA = connect(a.syncUrl, board);
    const watcherB = connect(b.syncUrl, board);
    await waitFor(() => [mover, watcherA, watcherB].every((c) => c.provider.synced), 'every client synced');

    for (let i = 0; i < 50; i++) mover.doc.getMap('test').set(`k${i}`, i);
    await waitFor(() => watcherB.doc.getMap('test').size === 50, 'the first edits on B');
    // The balancer now sends everyone to B and cuts the connection; edits go on meanwhile.
    balancer.route(b.port);
    balancer.dropAll();
    await waitFor(() => !mover.provider.wsconnected, 'the mover disconnected');
    for (let i = 50; i < 100; i++) mover.doc.getMap('test').set(`k${i}`, i);
    await waitFor(() => mover.provider.synced && mover.provider.wsconnected, 'the mover reconnected, to B');

    const everything = mover.doc.getMap('test').toJSON();
    expect(Object.keys(everything)).toHaveLength(100);
    await waitFor(() => watcherB.doc.getMap('test').size === 100, 'every edit on B');
    await waitFor(() => watcherA.doc.getMap('test').size === 100, 'every edit back on A');
    expect(watcherA.doc.getMap('test').toJSON()).toEqual(everything);
    await waitFor(async () => (await storedDoc(reader, board.id)).getMap('test').size === 100, 'every edit stored');
    expect(b.app.rooms.stats.connections).toBe(2);
  });

  it('loses no acknowledged edit when an instance is killed with SIGKILL mid-burst', async () => {
    const { services, reader } = await scaleout.fresh();
    const b = started(await startInstance(services));
    const a = started(await startChildInstance(services));
    const balancer = started(await startBalancer(a.port));
    // A real main.ts refuses writes outside the board's layout: the edits are votes on cards.
    const board = await createBoard(b.app, 'fr-purchase-8');
    const writers = [connect(balancer.syncUrl, board), connect(balancer.syncUrl, board)];
    const readerA = connect(a.syncUrl, board);
    const readerB = connect(b.syncUrl, board);
    await waitFor(() => [...writers, readerA, readerB].every((c) => c.provider.synced), 'every client synced');

    // What each reader received: an edit another client received is acknowledged.
    const seen = (c: Client) => new Set(votedKeys(c.doc));
    const EDITS = 300;
    const KILL_AFTER = 100;
    let killed = false;
    readerA.doc.on('update', () => {
      if (killed || votedKeys(readerA.doc).length < KILL_AFTER) return;
      killed = true;
      // Hold new connections until PostgreSQL is checked: nothing may be re-sent before that.
      balancer.route(null);
      a.process.kill('SIGKILL');
    });
    const edits = writers.map((w) => newVoter(w.doc));
    const bursts = writers.map(async (_w, n) => {
      for (let i = 0; i < EDITS; i++) {
        edits[n]!(`w${n}-${i}`);
        if (i % 2 === 1) await new Promise((resolve) => setTimeout(resolve, 1));
      }
    });
    await Promise.all(bursts);
    await waitFor(() => killed, 'the kill');
    await a.exited;

    const acknowledged = new Set([...seen(readerA), ...seen(readerB)]);
    const written = 2 * EDITS;
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(written); // the kill did land mid-burst
    const inPostgres = new Set(votedKeys(await storedDoc(reader, board.id)));
    expect([...acknowledged].filter((k) => !inPostgres.has(k))).toEqual([]);
    // Published before it was relayed: whatever a client of A received reaches B's clients too.
    const onA = [...seen(readerA)];
    await waitFor(() => onA.every((k) => seen(readerB).has(k)), 'what A relayed, on B');

    // The writers come back through the balancer, to B, and bring what A never stored.
    readerA.destroy();
    balancer.route(b.port);
    await waitFor(() => votedKeys(readerB.doc).length === written, 'every edit on B');
    await waitFor(async () => votedKeys(await storedDoc(reader, board.id)).length === written, 'every edit stored');
    // The writers resync through B too (their sync-step-2 reply may still be on its way).
    await waitFor(() => writers.every((w) => votedKeys(w.doc).length === written), 'every edit on the writers');
    for (const w of writers) expect(votedKeys(w.doc).sort()).toEqual(votedKeys(readerB.doc).sort());
    console.info(
      `SIGKILL mid-burst: ${acknowledged.size}/${written} edits acknowledged at the kill (${seen(readerA).size} on A, ${inPostgres.size} in PostgreSQL), all ${written} on B afterwards`,
    );
  });
});
