/**
 * Boards load on their first connection and unload after their last one, again and again,
 * without leaking rooms, connections or listeners.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { connect, createBoard, startServer, synced, waitFor } from './helpers';
import { useServer } from './useServer';

describe('board load and unload', () => {
  const server = useServer();

  it('leaves no board loaded and no listener behind after 200 open/close cycles', async () => {
    const board = await createBoard(server.app);
    const upgradeListeners = server.app.server.listenerCount('upgrade');
    for (let i = 0; i < 200; i++) {
      const client = connect(server.syncUrl, board.id, board.editToken);
      await synced(client);
      if (i % 20 === 0) client.doc.getMap('m').set(`k${i}`, i);
      await waitFor(
        () => i % 20 !== 0 || server.app.rooms.loaded(board.id)?.doc.getMap('m').has(`k${i}`) === true,
        'edit arrived',
      );
      client.destroy();
    }
    await waitFor(
      () => server.app.rooms.stats.boards === 0 && server.app.rooms.stats.connections === 0,
      'all unloaded',
    );
    expect(server.app.websocketServer.clients.size).toBe(0);
    expect(server.app.server.listenerCount('upgrade')).toBe(upgradeListeners);
    // Every edit survived the unloads.
    const check = connect(server.syncUrl, board.id, board.viewToken);
    await synced(check);
    expect(check.doc.getMap('m').size).toBe(10);
    check.destroy();
    await waitFor(() => server.app.rooms.stats.boards === 0, 'unloaded again');
  });

  it('keeps the edits of a client that joins while the board unloads', async () => {
    const board = await createBoard(server.app);
    for (let i = 0; i < 30; i++) {
      const leaving = connect(server.syncUrl, board.id, board.editToken);
      await synced(leaving);
      // The last client leaves and another arrives at once: the unload and the join race.
      leaving.destroy();
      const joining = connect(server.syncUrl, board.id, board.editToken);
      await synced(joining);
      joining.doc.getMap('m').set(`k${i}`, i);
      await waitFor(
        () => server.app.rooms.loaded(board.id)?.doc.getMap('m').has(`k${i}`) === true,
        `k${i} on the server`,
      );
      joining.destroy();
    }
    await waitFor(() => server.app.rooms.stats.boards === 0, 'unloaded');
    const check = connect(server.syncUrl, board.id, board.viewToken);
    await synced(check);
    expect(check.doc.getMap('m').size).toBe(30);
    check.destroy();
  });

  it('loads a board once for concurrent first connections', async () => {
    const board = await createBoard(server.app);
    const clients = Array.from({ length: 8 }, () => connect(server.syncUrl, board.id, board.editToken));
    await Promise.all(clients.map(synced));
    clients[0]!.doc.getMap('m').set('x', 1);
    await waitFor(() => clients.every((c) => c.doc.getMap('m').get('x') === 1), 'all see the edit');
    expect(server.app.rooms.stats.boards).toBe(1);
    for (const c of clients) c.destroy();
    await waitFor(() => server.app.rooms.stats.boards === 0, 'unloaded');
  });

  it('unloads a board whose only client left while it was loading', async () => {
    const board = await createBoard(server.app);
    for (let i = 0; i < 20; i++) {
      const ws = new WebSocket(`${server.syncUrl}/${board.id}?token=${board.editToken}`);
      ws.on('error', () => {});
      await new Promise((resolve) => ws.once('open', resolve));
      ws.terminate();
    }
    await waitFor(() => server.app.rooms.stats.boards === 0 && server.app.rooms.stats.connections === 0, 'unloaded');
  });

  it('drops a connection that stops answering pings', async () => {
    const quick = await startServer({ heartbeatMs: 50 });
    try {
      const board = await createBoard(quick.app);
      const ws = new WebSocket(`${quick.syncUrl}/${board.id}?token=${board.editToken}`, { autoPong: false });
      ws.on('error', () => {});
      const closed = new Promise((resolve) => ws.on('close', resolve));
      await closed;
      await waitFor(() => quick.app.rooms.stats.connections === 0, 'dead connection dropped');
    } finally {
      await quick.close();
    }
  });
});
