/**
 * Replies are serialised by their response schemas (fastify-type-provider-zod), and a schema that
 * lists too little strips fields silently. So each JSON reply of the history, join, image and
 * archive routes is compared here whole (toEqual: a missing field fails) with what the server
 * holds or the model computes, never with the schema itself; and the files (bytes, streams, text)
 * must leave as they are, untouched by the serializer.
 */
import { createHash } from 'node:crypto';
import {
  addCard,
  addPhase,
  diffBoards,
  orderedJourneys,
  removePhase,
  renamePhase,
  toJourneyView,
  toSnapshot,
} from '@parcours/journey';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snapshotOfState } from '../src/history/versionSnapshot';
import type { ImageStore } from '../src/images/imageStore';
import { openSqliteImages } from '../src/images/sqliteImages';
import type { CheckpointInfo } from '../src/storage/checkpoints';
import {
  type Client,
  connect,
  createBoard,
  firstJourneyId,
  startServer,
  synced,
  type TestServer,
  waitFor,
} from './helpers';

let server: TestServer;
let images: ImageStore;
const clients: Client[] = [];
beforeAll(async () => {
  images = openSqliteImages({ file: ':memory:' });
  server = await startServer({ checkpointEveryMs: 60 * 60 * 1000, images: { store: images } });
});
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

const PUBLIC_URL = 'http://localhost:8080';

function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token: string, payload?: object) {
  const sep = url.includes('?') ? '&' : '?';
  return server.app.inject({
    method,
    url: `${url}${sep}token=${encodeURIComponent(token)}`,
    ...(payload ? { payload } : {}),
  });
}

/** A version as the store holds it, every field but the board's id, in the reply's terms (ISO time). */
/** A stored version as the API shows it: without its board id and the pictures noted for image collection. */
function expectedVersion(info: CheckpointInfo) {
  const { boardId: _, images: __, createdAt, ...rest } = info;
  return { ...rest, createdAt: createdAt.toISOString() };
}

async function storedVersion(boardId: string, id: string) {
  const info = (await server.store.checkpoints.list(boardId)).find((c) => c.id === id);
  if (!info) throw new Error(`no version ${id}`);
  return expectedVersion(info);
}

/** Edits that fill every list of a diff's summary: a renamed, a removed and a new phase, an irritant, an emotion. */
async function editBoard(boardId: string, editor: Client): Promise<void> {
  const doc = editor.doc;
  const journeyId = firstJourneyId(doc);
  const view = toJourneyView(toSnapshot(doc), journeyId)!;
  const [first, second, third] = view.phases;
  const channel = view.channels[0]!;
  renamePhase(doc, { phaseId: first!.id, name: 'Découvrir autrement' });
  removePhase(doc, { phaseId: second!.id });
  addPhase(doc, { journeyId, name: 'Revenir' });
  addCard(doc, {
    journeyId,
    kind: 'irritant',
    text: 'Attente au téléphone',
    cell: { phaseId: third!.id, channelId: channel.id },
  });
  addCard(doc, {
    journeyId,
    kind: 'touchpoint',
    text: 'Colis abîmé',
    emotion: -2,
    cell: { phaseId: third!.id, channelId: channel.id },
  });
  await waitFor(() => {
    const room = server.app.rooms.loaded(boardId);
    return !!room && room.idle && Y.encodeStateVector(room.doc).join() === Y.encodeStateVector(doc).join();
  }, 'the server stored the edits');
}

describe('JSON replies, field by field', () => {
  it('history: list, save, rename, diff, restore and delete', async () => {
    const board = await createBoard(server.app, { title: 'Achat en ligne', locale: 'fr', template: 'fr-purchase-8' });
    const base = `/api/boards/${board.id}/versions`;
    const before = await call('POST', base, board.editToken, { name: 'Avant' });
    expect(before.statusCode).toBe(201);
    expect(before.json()).toEqual(await storedVersion(board.id, before.json().id));

    const editor = connect(server.syncUrl, board.id, board.editToken);
    clients.push(editor);
    editor.provider.awareness.setLocalState({ user: { name: 'Camille', color: '#123456' } });
    await synced(editor);
    await editBoard(board.id, editor);
    const after = await call('POST', base, board.editToken, { name: 'Après' });
    expect(after.statusCode).toBe(201);
    const saved = await storedVersion(board.id, after.json().id);
    expect(after.json()).toEqual(saved);
    // The summary is the model's, whole: every list it has is filled here, so none can go missing unseen.
    const summary = saved.summary as Record<string, unknown>;
    for (const list of ['irritantsAdded', 'emotion', 'phasesAdded', 'phasesRemoved', 'phasesRenamed'])
      expect((summary[list] as unknown[]).length, list).toBeGreaterThan(0);
    expect(saved.participants).toEqual(['Camille']);

    const list = await call('GET', base, board.viewToken);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ versions: (await server.store.checkpoints.list(board.id)).map(expectedVersion) });

    const renamed = await call('PATCH', `${base}/${before.json().id}`, board.facilitatorToken, { name: 'Avant tout' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual(await storedVersion(board.id, before.json().id));
    expect(renamed.json().name).toBe('Avant tout');

    const diff = await call('GET', `${base}/${before.json().id}/diff?to=${after.json().id}`, board.viewToken);
    expect(diff.statusCode).toBe(200);
    const [older, newer] = await Promise.all(
      [before.json().id, after.json().id].map((id) => server.store.checkpoints.get(board.id, id)),
    );
    const expected = diffBoards(snapshotOfState(older!.state), snapshotOfState(newer!.state));
    expect(diff.json()).toEqual(expected);
    expect(expected.cards.added.length + expected.cards.removed.length).toBeGreaterThan(0);

    const restored = await call('POST', `${base}/${before.json().id}/restore`, board.facilitatorToken, {
      scope: 'board',
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toEqual(await storedVersion(board.id, restored.json().id));
    expect(restored.json().kind).toBe('safety');

    const deleted = await call('DELETE', `${base}/${after.json().id}`, board.facilitatorToken);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
  });

  it('lists a version whose stored summary is not a DiffSummary (an older server) with none, not a 500', async () => {
    const board = await createBoard(server.app);
    const state = Y.encodeStateAsUpdate(new Y.Doc());
    const summary = { cardsAdded: 1, cardsRemoved: 0 }; // the rest of today's summary is missing
    await server.store.checkpoints.add({ boardId: board.id, kind: 'auto', state, participants: [], summary });
    const list = await call('GET', `/api/boards/${board.id}/versions`, board.viewToken);
    expect(list.statusCode).toBe(200);
    expect(list.json().versions.map((v: { summary: unknown }) => v.summary)).toEqual([null]);
  });

  it('join codes: the code, and the board it stands for', async () => {
    const board = await createBoard(server.app);
    const issued = await call('POST', `/api/boards/${board.id}/join-code`, board.facilitatorToken);
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toEqual({ code: expect.stringMatching(/^\S{4}-\S{4}$/), expiresAt: expect.any(String) });
    expect(Date.parse(issued.json().expiresAt)).toBeGreaterThan(Date.now());

    const joined = await server.app.inject({ url: `/api/join/${issued.json().code}` });
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toEqual({
      id: board.id,
      token: board.editToken,
      role: 'edit',
      url: `${PUBLIC_URL}/b/${board.id}?token=${board.editToken}`,
    });
  });

  it('images: the upload names what the server stored', async () => {
    const board = await createBoard(server.app);
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#c0392b' } })
      .png()
      .toBuffer();
    const upload = () =>
      server.app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/images?token=${board.editToken}`,
        headers: { 'content-type': 'image/png' },
        payload: png,
      });
    const first = await upload();
    expect(first.statusCode).toBe(201);
    const [stored] = await images.list(board.id);
    const full = await images.get(board.id, stored!.hash, 'full');
    const expected = {
      hash: createHash('sha256').update(full!.data).digest('hex'),
      width: stored!.width,
      height: stored!.height,
      mime: stored!.mime,
      bytes: full!.data.byteLength,
      url: `/api/boards/${board.id}/images/${stored!.hash}`,
    };
    expect(first.json()).toEqual(expected);
    const again = await upload();
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(expected);

    // The image itself leaves as the stored bytes.
    const image = await server.app.inject({ url: `${expected.url}?token=${board.viewToken}` });
    expect(image.headers['content-type']).toBe(expected.mime);
    expect(Buffer.compare(image.rawPayload, Buffer.from(full!.data))).toBe(0);
  });

  it('archives: the .zip streams out, and its import answers every link of the new board', async () => {
    const board = await createBoard(server.app, { title: 'Archive', locale: 'fr', template: 'fr-purchase-8' });
    const zip = await server.app.inject({ url: `/api/boards/${board.id}/archive.zip?token=${board.viewToken}` });
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const imported = await server.app.inject({
      method: 'POST',
      url: '/api/boards/import-archive',
      headers: { 'content-type': 'application/zip' },
      payload: zip.rawPayload,
    });
    expect(imported.statusCode).toBe(201);
    const body = imported.json();
    const link = (token: string) => `${PUBLIC_URL}/b/${body.id}?token=${token}`;
    expect(body).toEqual({
      id: expect.any(String),
      editToken: expect.any(String),
      viewToken: expect.any(String),
      editUrl: link(body.editToken),
      viewUrl: link(body.viewToken),
      facilitatorToken: expect.any(String),
      facilitatorUrl: link(body.facilitatorToken),
      commentToken: expect.any(String),
      commentUrl: link(body.commentToken),
    });
    for (const [token, role] of [
      [body.editToken, 'edit'],
      [body.viewToken, 'view'],
      [body.facilitatorToken, 'facilitator'],
      [body.commentToken, 'comment'],
    ])
      expect((await call('GET', `/api/boards/${body.id}/access`, token)).json().role).toBe(role);
  });
});

describe('files leave as they are', () => {
  it('sends text, bytes and documents untouched, with their content types', async () => {
    const board = await createBoard(server.app, { title: 'Fichiers', locale: 'fr', template: 'fr-purchase-8' });
    const version = (await call('POST', `/api/boards/${board.id}/versions`, board.editToken, { name: 'v1' })).json();
    const get = (path: string) => call('GET', `/api/boards/${board.id}/${path}`, board.viewToken);

    const state = await get(`versions/${version.id}/state`);
    expect(state.headers['content-type']).toBe('application/octet-stream');
    const checkpoint = await server.store.checkpoints.get(board.id, version.id);
    expect(Buffer.compare(state.rawPayload, Buffer.from(checkpoint!.state))).toBe(0);

    for (const path of ['export.json', `versions/${version.id}/export.json`]) {
      const file = await get(path);
      expect(file.headers['content-type'], path).toBe('application/json; charset=utf-8');
      expect(file.json().title, path).toBe('Fichiers'); // the file itself, not a JSON string of it
    }
    const journey = orderedJourneys(toSnapshot(snapshotDoc(checkpoint!.state)))[0]!;
    const markdown = await get('export.md');
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.body.startsWith('#')).toBe(true);
    expect(markdown.body).toContain(journey.title);
    const mermaid = await get('export.mmd');
    expect(mermaid.headers['content-type']).toBe('text/vnd.mermaid; charset=utf-8');
    expect(mermaid.body.startsWith('journey')).toBe(true);
    for (const path of ['export.png', `versions/${version.id}/export.png`]) {
      const png = await get(`${path}?pixelRatio=0.5`);
      expect(png.headers['content-type'], path).toBe('image/png');
      expect(png.rawPayload.subarray(1, 4).toString(), path).toBe('PNG');
    }
    const pdf = await get('export.pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

function snapshotDoc(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
