/**
 * Presence (awareness) attacks on the relay, each from a raw websocket holding a real share link:
 * a facilitator claim spelled with JSON escapes, a client id that another connection speaks for
 * (the facilitator's), and one connection inventing thousands of clients. The others watch through
 * the stock y-websocket provider, as the web app does.
 */
import { toFacilitatorPresence } from '@parcours/journey';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type CreatedBoard as Board, type Client, createBoard, synced, waitFor } from './helpers';
import { awarenessFrame } from './reliability/fuzzFrames';
import { useServer } from './useServer';

/** connection.ts MAX_AWARENESS_IDS_PER_CONNECTION: a provider needs one; a reconnect is a new connection. */
const MAX_IDS = 4;

type State = { user?: { name?: string }; role?: unknown; presenting?: unknown; done?: boolean } | undefined;

describe('presence on the relay', () => {
  const server = useServer({ logLevel: false });
  const sockets: WebSocket[] = [];

  const raw = async (board: Board, token: string): Promise<WebSocket> => {
    const socket = new WebSocket(`${server.syncUrl}/${board.id}?token=${token}`);
    sockets.push(socket);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return socket;
  };
  const stateOf = (observer: Client, clientId: number): State =>
    observer.provider.awareness.getStates().get(clientId) as State;

  afterEach(() => {
    for (const s of sockets.splice(0)) s.terminate();
  });

  it.each([
    ['view', 'viewToken'],
    ['edit', 'editToken'],
  ] as const)('strips a facilitator claim spelled with escapes from a %s link', async (_role, tokenKey) => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const observer = await server.open(board.id, board.viewToken);
    const socket = await raw(board, board[tokenKey]);
    const presenting = '{"journeyId":"j","x":0,"y":0,"zoom":4}';
    // "r\u006fle" and "pr\u0065senting" parse as "role" and "presenting".
    const state = `{"user":{"name":"Eve"},"r\\u006fle":"facilitator","pr\\u0065senting":${presenting}}`;
    expect(JSON.parse(state)).toMatchObject({ role: 'facilitator', presenting: { zoom: 4 } });
    socket.send(awarenessFrame([{ clientId: 61_000, clock: 1, state }]));
    await waitFor(() => stateOf(observer, 61_000)?.user?.name === 'Eve', 'the presence reaches the observer');
    expect(toFacilitatorPresence(stateOf(observer, 61_000))).toBeNull();
    expect(stateOf(observer, 61_000)).toEqual({ user: { name: 'Eve' } });
  });

  it.each([
    ['view', 'viewToken'],
    ['edit', 'editToken'],
  ] as const)("refuses a %s connection the facilitator's client id", async (_role, tokenKey) => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const facilitator = await server.open(board.id, board.facilitatorToken);
    const observer = await server.open(board.id, board.viewToken);
    const presenting = { journeyId: 'j', x: 10, y: 20, zoom: 1.5 };
    facilitator.provider.awareness.setLocalState({ user: { name: 'Fanny' }, role: 'facilitator', presenting });
    const id = facilitator.doc.clientID;
    await waitFor(() => stateOf(observer, id)?.user?.name === 'Fanny', "the facilitator's presence");

    // Everything the observer sees happen to that id, in case a change is undone a moment later.
    const seen: State[] = [];
    observer.provider.awareness.on('change', ({ updated, removed }: { updated: number[]; removed: number[] }) => {
      if (updated.includes(id)) seen.push(stateOf(observer, id));
      if (removed.includes(id)) seen.push(undefined);
    });
    const socket = await raw(board, board[tokenKey]);
    // Its first frame names the facilitator's id (a viewer used to be bound to the first id it used),
    // then it tries to erase that presence, then it speaks for itself: that last one is relayed.
    socket.send(awarenessFrame([{ clientId: id, clock: 1_000, state: '{"user":{"name":"Eve"}}' }]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.send(awarenessFrame([{ clientId: id, clock: 1_001, state: 'null' }]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.send(awarenessFrame([{ clientId: 62_000, clock: 1, state: '{"user":{"name":"Eve"}}' }]));
    await waitFor(
      () => stateOf(observer, 62_000)?.user?.name === 'Eve' || seen.length > 0,
      'the last frame is relayed (or the impostor got through)',
    );
    expect(seen).toEqual([]);
    expect(stateOf(observer, id)).toEqual({ user: { name: 'Fanny' }, role: 'facilitator', presenting });
    expect(toFacilitatorPresence(stateOf(observer, id))?.presenting).toEqual(presenting);
  });

  it('lets one connection speak for at most 4 client ids', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const observer = await server.open(board.id, board.viewToken);
    const socket = await raw(board, board.editToken);
    const ids = Array.from({ length: 500 }, (_, i) => 63_000 + i);
    socket.send(awarenessFrame(ids.map((clientId) => ({ clientId, clock: 1, state: '{"cursor":{"x":1}}' }))));
    socket.send(awarenessFrame([{ clientId: ids[0]!, clock: 2, state: '{"done":true}' }]));
    await waitFor(() => stateOf(observer, ids[0]!)?.done === true, 'the last frame is relayed');
    const seen = ids.filter((clientId) => observer.provider.awareness.getStates().has(clientId));
    expect(seen).toEqual(ids.slice(0, MAX_IDS));
    // The server's own table holds no more than that either (plus the observer).
    expect(server.app.rooms.loaded(board.id)?.awareness.size).toBeLessThanOrEqual(MAX_IDS + 1);
  });

  it('frees a client id when its connection leaves: the same client reconnects and is seen again', async () => {
    const board = await createBoard(server.app, 'fr-purchase-8');
    const observer = await server.open(board.id, board.viewToken);
    const editor = await server.open(board.id, board.editToken);
    const id = editor.doc.clientID;
    editor.provider.awareness.setLocalStateField('user', { name: 'Ann' });
    await waitFor(() => stateOf(observer, id)?.user?.name === 'Ann', 'first presence');
    editor.provider.disconnect();
    await waitFor(() => !observer.provider.awareness.getStates().has(id), 'the server says Ann left');
    editor.provider.connect();
    await synced(editor);
    editor.provider.awareness.setLocalStateField('user', { name: 'Ann again' });
    await waitFor(() => stateOf(observer, id)?.user?.name === 'Ann again', 'presence after the reconnect');
  });
});
