/**
 * Hostile or broken clients: each bad frame closes only its own connection (or is dropped),
 * while the other clients of the board keep syncing and the server's memory stays put.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  type Client,
  type CreatedBoard,
  connect,
  createBoard,
  startServer,
  synced,
  type TestServer,
  waitFor,
} from './helpers';
import { awarenessFrame, syncFrame } from './reliability/fuzzFrames';

interface Raw {
  readonly ws: WebSocket;
  readonly closed: Promise<number>;
}

async function openRaw(server: TestServer, boardId: string, token: string): Promise<Raw> {
  const ws = new WebSocket(`${server.syncUrl}/${boardId}?token=${token}`);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('error', () => {});
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, closed };
}

/** An awareness frame with one state, as JSON. */
function awarenessMessage(clientId: number, clock: number, state: unknown): Uint8Array {
  return awarenessFrame([{ clientId, clock, state: JSON.stringify(state) }]);
}

/** An update setting m[key] = value, made by a throwaway doc. */
function editUpdate(key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

describe('bad input on the relay', () => {
  let server: TestServer;
  let board: CreatedBoard;
  let a: Client;
  let b: Client;
  let round = 0;

  /** Proves the healthy clients still sync, with a fresh edit each time. */
  async function stillSyncing(): Promise<void> {
    const key = `ok${round++}`;
    a.doc.getMap('m').set(key, true);
    await waitFor(() => b.doc.getMap('m').get(key) === true, `healthy clients sync ${key}`);
  }

  beforeAll(async () => {
    server = await startServer();
    board = await createBoard(server.app);
    a = connect(server.syncUrl, board.id, board.editToken);
    b = connect(server.syncUrl, board.id, board.editToken);
    await Promise.all([synced(a), synced(b)]);
  });
  afterAll(async () => {
    a.destroy();
    b.destroy();
    await server.close();
  });

  it('closes a connection that sends a frame over 2 MiB with 1009', async () => {
    const raw = await openRaw(server, board.id, board.editToken);
    raw.ws.send(new Uint8Array(2 * 1024 * 1024 + 16));
    expect(await raw.closed).toBe(1009);
    await stillSyncing();
  });

  it.each([
    [
      'a truncated update',
      syncFrame(2, new Uint8Array([1, 2, 3]))
        .slice(0, 3)
        .fill(50, 2),
    ],
    ['a length prefix longer than the frame', new Uint8Array([0, 2, 120, 1, 2, 3])],
    ['garbage in an update', syncFrame(2, new Uint8Array([7, 200, 13, 255, 255, 255, 1, 9, 9, 9, 42]))],
    ['an unknown message type', new Uint8Array([9, 1, 2])],
    ['an auth message (only servers send those)', new Uint8Array([2, 0])],
    ['an unknown sync step', new Uint8Array([0, 7, 0])],
    ['a garbage state vector', new Uint8Array([0, 0, 3, 255, 255, 255])],
    ['an empty frame', new Uint8Array([])],
    ['awareness that is not JSON', awarenessFrame([{ clientId: 5, clock: 1, state: '{nope' }])],
  ])('closes a connection that sends %s with 4400, and only that one', async (_name, frame) => {
    const raw = await openRaw(server, board.id, board.editToken);
    raw.ws.send(frame);
    expect(await raw.closed).toBe(4400);
    await stillSyncing();
  });

  it('closes a connection that sends a text frame', async () => {
    const raw = await openRaw(server, board.id, board.editToken);
    raw.ws.send('hello');
    expect(await raw.closed).toBe(4400);
  });

  it('ignores zero-length and empty updates: nothing stored, nothing relayed, connection kept', async () => {
    await stillSyncing();
    await waitFor(() => server.app.rooms.loaded(board.id)?.idle === true, 'room idle');
    const before = (await server.store.load(board.id))!.lastSeq;
    const raw = await openRaw(server, board.id, board.editToken);
    let relayed = 0;
    b.provider.ws?.addEventListener('message', () => relayed++);
    raw.ws.send(syncFrame(2, new Uint8Array([])));
    raw.ws.send(syncFrame(2, new Uint8Array([0, 0])));
    // Then a real edit on the same connection: it still works, and is the only thing stored.
    raw.ws.send(syncFrame(2, editUpdate('afterEmpty', 1)));
    await waitFor(() => b.doc.getMap('m').get('afterEmpty') === 1, 'the real edit arrives');
    await waitFor(() => server.app.rooms.loaded(board.id)?.idle === true, 'room idle');
    expect(relayed).toBe(1);
    expect((await server.store.load(board.id))!.lastSeq).toBe(before + 1);
    expect(raw.ws.readyState).toBe(WebSocket.OPEN);
    raw.ws.close();
  });

  it('drops an awareness flood beyond 30 messages a second, and states over 4 KiB', async () => {
    const raw = await openRaw(server, board.id, board.editToken);
    const clientId = 424242;
    let seen = 0;
    const onChange = ({ added, updated }: { added: number[]; updated: number[] }) => {
      if (added.includes(clientId) || updated.includes(clientId)) seen++;
    };
    b.provider.awareness.on('update', onChange);
    for (let clock = 1; clock <= 300; clock++) raw.ws.send(awarenessMessage(clientId, clock, { cursor: clock }));
    await waitFor(() => seen > 0, 'some awareness arrives');
    await stillSyncing(); // frames are handled in order: the whole flood has been handled by now
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(100);
    expect(raw.ws.readyState).toBe(WebSocket.OPEN);

    await new Promise((resolve) => setTimeout(resolve, 1100)); // let the rate limit refill
    const big = 'x'.repeat(5 * 1024);
    raw.ws.send(awarenessMessage(clientId, 1000, { big }));
    raw.ws.send(awarenessMessage(clientId, 1001, { small: true }));
    await waitFor(
      () => (b.provider.awareness.getStates().get(clientId) as { small?: boolean })?.small === true,
      'small state',
    );
    expect(JSON.stringify([...b.provider.awareness.getStates().values()])).not.toContain(big);
    b.provider.awareness.off('update', onChange);
    raw.ws.close();
    // Its state leaves with it.
    await waitFor(() => !b.provider.awareness.getStates().has(clientId), 'state removed on close');
  });

  it("lets a viewer publish only its own awareness, never someone else's", async () => {
    const raw = await openRaw(server, board.id, board.viewToken);
    raw.ws.send(awarenessMessage(777, 1, { name: 'viewer' }));
    raw.ws.send(awarenessMessage(a.doc.clientID, 999, { name: 'impostor' }));
    await waitFor(() => b.provider.awareness.getStates().has(777), 'viewer state');
    await stillSyncing();
    expect((b.provider.awareness.getStates().get(a.doc.clientID) as { name?: string } | undefined)?.name).not.toBe(
      'impostor',
    );
    raw.ws.close();
  });

  it('keeps its memory steady under repeated bad connections', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfterRounds = async (rounds: number) => {
      for (let i = 0; i < rounds; i++) {
        const big = await openRaw(server, board.id, board.editToken);
        big.ws.send(new Uint8Array(2 * 1024 * 1024 + 16));
        const bad = await openRaw(server, board.id, board.editToken);
        bad.ws.send(new Uint8Array([0, 2, 120, 1, 2, 3]));
        await Promise.all([big.closed, bad.closed]);
      }
      await stillSyncing();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const warm = await heapAfterRounds(10);
    const after = await heapAfterRounds(40);
    expect(after - warm).toBeLessThan(16 * 1024 * 1024);
    expect(server.app.rooms.stats.connections).toBe(2);
  });
});
