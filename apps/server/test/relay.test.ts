import { renameBoard, toSnapshot } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, storedDoc, synced, waitFor } from './helpers';
import { useServer } from './useServer';

describe('websocket relay with the stock y-websocket provider', () => {
  const server = useServer();

  it('makes two editors converge, and gives a late joiner everything', async () => {
    const board = await createBoard(server.app);
    const a = server.connect(board.id, board.editToken);
    const b = server.connect(board.id, board.editToken);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getMap('test').set('fromA', 1);
    b.doc.getMap('test').set('fromB', 2);
    a.doc.getText('t').insert(0, 'bonjour ');
    b.doc.getText('t').insert(0, 'le monde');
    await waitFor(() => a.doc.getMap('test').size === 2 && b.doc.getMap('test').size === 2, 'both maps complete');
    await waitFor(() => a.doc.getText('t').length === 16 && b.doc.getText('t').length === 16, 'both texts complete');
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString());
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));

    const c = server.connect(board.id, board.viewToken);
    await synced(c);
    expect(c.doc.getMap('test').toJSON()).toEqual({ fromA: 1, fromB: 2 });
    expect(c.doc.getText('t').toString()).toBe(a.doc.getText('t').toString());
    // The board's content (created from a template) arrived too.
    expect(toSnapshot(c.doc).board.title).toBe('Atelier');
  });

  it("sends a viewer everything but stores and relays none of the viewer's edits", async () => {
    const board = await createBoard(server.app);
    const editor = server.connect(board.id, board.editToken);
    const viewer = server.connect(board.id, board.viewToken);
    await Promise.all([synced(editor), synced(viewer)]);
    viewer.doc.getMap('test').set('fromViewer', true);
    editor.doc.getMap('test').set('fromEditor', true);
    await waitFor(() => viewer.doc.getMap('test').has('fromEditor'), 'viewer receives the edit');
    // A later editor sees the editor's change and not the viewer's.
    const late = server.connect(board.id, board.editToken);
    await synced(late);
    expect(late.doc.getMap('test').toJSON()).toEqual({ fromEditor: true });
    expect(editor.doc.getMap('test').has('fromViewer')).toBe(false);
    expect((await storedDoc(server.store, board.id)).getMap('test').toJSON()).toEqual({ fromEditor: true });
    // The viewer stays connected.
    expect(viewer.provider.wsconnected).toBe(true);
  });

  it('closes with 4401 for a wrong or missing token and 4404 for an unknown board', async () => {
    const board = await createBoard(server.app);
    const wrong = server.connect(board.id, 'not-the-token');
    const missing = server.connect(board.id, undefined);
    const unknown = server.connect('AAAAAAAAAAAAAAAAAAAAAA', board.editToken);
    await waitFor(
      () => wrong.closeCodes.length > 0 && missing.closeCodes.length > 0 && unknown.closeCodes.length > 0,
      'closes',
    );
    expect(wrong.closeCodes[0]).toBe(4401);
    expect(missing.closeCodes[0]).toBe(4401);
    expect(unknown.closeCodes[0]).toBe(4404);
    // 44xx: the stock provider gives up instead of retrying.
    expect(wrong.provider.shouldConnect).toBe(false);
  });

  it('exports the live doc, including an edit made a moment ago', async () => {
    const board = await createBoard(server.app);
    const editor = server.connect(board.id, board.editToken);
    await synced(editor);
    renameBoard(editor.doc, { title: 'Parcours été 2026' });
    await waitFor(
      () =>
        server.app.rooms.loaded(board.id)?.doc !== undefined &&
        toSnapshot(server.app.rooms.loaded(board.id)!.doc).board.title === 'Parcours été 2026',
      'server has the edit',
    );
    const res = await server.app.inject({ url: `/api/boards/${board.id}/export.json?token=${board.viewToken}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().title).toBe('Parcours été 2026');
  });

  it('unloads a board after its last client leaves, with everything stored', async () => {
    const board = await createBoard(server.app);
    const editor = server.connect(board.id, board.editToken);
    await synced(editor);
    for (let i = 0; i < 50; i++) editor.doc.getMap('test').set(`k${i}`, i);
    await waitFor(
      () => (server.app.rooms.loaded(board.id)?.doc.getMap('test').size ?? 0) === 50,
      'server has all edits',
    );
    editor.destroy();
    await waitFor(() => server.app.rooms.loaded(board.id) === undefined, 'board unloaded');
    const stored = await server.store.load(board.id);
    expect(stored?.updates.length).toBe(0); // compacted into the snapshot on unload
    expect((await storedDoc(server.store, board.id)).getMap('test').size).toBe(50);
  });
});
