/**
 * A board's history through the real server: named versions, automatic checkpoints, the diff,
 * restores reaching every connected client, and who may do what (a refusal writes nothing).
 */
import { addCard, addChannel, addPhase, createBoardDoc, removePhase, toSnapshot } from '@parcours/journey';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HISTORY_READS_PER_MINUTE, MAX_NAMED_VERSIONS } from '../src/routes/history';
import { hashToken, newToken } from '../src/tokens';
import {
  type Client,
  type CreatedBoard,
  createBoard,
  firstJourneyId,
  startServer,
  storedDoc,
  synced,
  type TestServer,
  waitFor,
} from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startServer({ checkpointEveryMs: 60 * 60 * 1000 });
});
afterEach(async () => {
  await server.close();
});

function join(board: { id: string }, token: string, name?: string): Client {
  const client = server.connect(board.id, token);
  if (name) client.provider.awareness.setLocalState({ user: { name, color: '#123456' } });
  return client;
}

/** Waits until the server holds and has stored everything `client` wrote. */
async function stored(board: { id: string }, client: Client): Promise<void> {
  await waitFor(() => {
    const room = server.app.rooms.loaded(board.id);
    return !!room && room.idle && JSON.stringify(stateOf(room.doc)) === JSON.stringify(stateOf(client.doc));
  }, 'the server stored what the client wrote');
}

/** What a doc holds, as comparable data: its state vector sorted by client. */
function stateOf(doc: Y.Doc): [number, number][] {
  return [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort((a, b) => a[0] - b[0]);
}

async function api(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token: string, payload?: object) {
  const sep = url.includes('?') ? '&' : '?';
  return server.app.inject({
    method,
    url: `${url}${sep}token=${encodeURIComponent(token)}`,
    ...(payload ? { payload } : {}),
  });
}

/** A board with one journey, two phases and cards in the second one, edited by a connected client. */
async function boardWithPhase(): Promise<{ board: CreatedBoard; editor: Client; phaseId: string; cards: string[] }> {
  const board = await createBoard(server.app);
  const editor = join(board, board.editToken, 'Camille');
  await synced(editor);
  const doc = editor.doc;
  const journeyId = firstJourneyId(doc) ?? '';
  const channelId = addChannel(doc, { journeyId, name: 'Web' });
  addPhase(doc, { journeyId, name: 'Découverte' });
  const phaseId = addPhase(doc, { journeyId, name: 'Achat' });
  const cards = ['Paiement refusé', 'Trop de champs', 'Livraison chère'].map((text) =>
    addCard(doc, { journeyId, kind: 'irritant', text, cell: { phaseId, channelId } }),
  );
  await stored(board, editor);
  return { board, editor, phaseId, cards };
}

describe('board history over HTTP and the relay', () => {
  it('saves a version, shows a deleted phase in the diff, and restores it for every connected client', async () => {
    const { board, editor, phaseId, cards } = await boardWithPhase();
    const saved = await api('POST', `/api/boards/${board.id}/versions`, board.editToken, {
      name: 'Après l’atelier',
    });
    expect(saved.statusCode).toBe(201);
    const version = saved.json();
    expect(version).toMatchObject({ kind: 'named', name: 'Après l’atelier' });
    expect(version.participants).toContain('Camille');

    const other = join(board, board.editToken, 'Léo');
    await synced(other);
    removePhase(editor.doc, { phaseId });
    await waitFor(() => !toSnapshot(other.doc).phases[phaseId], 'the other client sees the phase go');

    const diff = await api('GET', `/api/boards/${board.id}/versions/${version.id}/diff`, board.viewToken);
    expect(diff.statusCode).toBe(200);
    expect(diff.json().summary.phasesRemoved).toEqual([expect.objectContaining({ phaseId, name: 'Achat', cards: 3 })]);

    const restore = await api(
      'POST',
      `/api/boards/${board.id}/versions/${version.id}/restore`,
      board.facilitatorToken,
      {
        scope: 'cards',
        phaseIds: [phaseId],
      },
    );
    expect(restore.statusCode).toBe(200);
    expect(restore.json().kind).toBe('safety');
    // Durable before the reply, and relayed to both clients.
    expect(toSnapshot(await storedDoc(server.store, board.id)).phases[phaseId]?.name).toBe('Achat');
    for (const client of [editor, other]) {
      await waitFor(() => toSnapshot(client.doc).phases[phaseId] !== undefined, 'the phase comes back');
      const snap = toSnapshot(client.doc);
      for (const cardId of cards) expect(snap.cards[cardId]?.phaseId).toBe(phaseId);
    }
    const list = (await api('GET', `/api/boards/${board.id}/versions`, board.viewToken)).json().versions;
    expect(list.map((v: { kind: string }) => v.kind)).toEqual(['safety', 'named']);
    // The safety version says what changed since the named one: the phase was removed.
    expect(list[0].summary.phasesRemoved[0].name).toBe('Achat');
  });

  it('refuses a restore by an editor (the board has a facilitator) or a viewer, and writes nothing', async () => {
    const { board, editor, phaseId } = await boardWithPhase();
    const version = (await api('POST', `/api/boards/${board.id}/versions`, board.editToken, { name: 'v1' })).json();
    removePhase(editor.doc, { phaseId });
    await stored(board, editor);
    const before = stateOf(await storedDoc(server.store, board.id));
    const versionsBefore = (await server.store.checkpoints.list(board.id)).length;
    for (const token of [board.editToken, board.viewToken]) {
      const res = await api('POST', `/api/boards/${board.id}/versions/${version.id}/restore`, token, {
        scope: 'board',
      });
      expect(res.statusCode).toBe(403);
    }
    expect(await api('POST', `/api/boards/${board.id}/versions`, board.viewToken, { name: 'x' })).toHaveProperty(
      'statusCode',
      403,
    );
    for (const token of [board.editToken, board.viewToken]) {
      expect(
        (await api('PATCH', `/api/boards/${board.id}/versions/${version.id}`, token, { name: 'x' })).statusCode,
      ).toBe(403);
      expect((await api('DELETE', `/api/boards/${board.id}/versions/${version.id}`, token)).statusCode).toBe(403);
    }
    expect(stateOf(await storedDoc(server.store, board.id))).toEqual(before);
    expect(await server.store.checkpoints.list(board.id)).toHaveLength(versionsBefore);
    expect(toSnapshot(editor.doc).phases[phaseId]).toBeUndefined();
  });

  it('answers 404 for an unknown version, and for another board’s version', async () => {
    const { board } = await boardWithPhase();
    const other = await createBoard(server.app);
    const theirs = (await api('POST', `/api/boards/${other.id}/versions`, other.editToken, { name: 'x' })).json();
    for (const versionId of ['nope', theirs.id]) {
      const base = `/api/boards/${board.id}/versions/${versionId}`;
      expect((await api('GET', `${base}/state`, board.viewToken)).statusCode).toBe(404);
      expect((await api('GET', `${base}/diff`, board.viewToken)).statusCode).toBe(404);
      expect((await api('GET', `${base}/export.json`, board.viewToken)).statusCode).toBe(404);
      expect((await api('POST', `${base}/restore`, board.facilitatorToken, { scope: 'board' })).statusCode).toBe(404);
      expect((await api('PATCH', base, board.facilitatorToken, { name: 'y' })).statusCode).toBe(404);
      expect((await api('DELETE', base, board.facilitatorToken)).statusCode).toBe(404);
    }
  });

  it('restores a board nobody has open; the next client gets it', async () => {
    const { board, editor, phaseId } = await boardWithPhase();
    const version = (await api('POST', `/api/boards/${board.id}/versions`, board.editToken, { name: 'v1' })).json();
    removePhase(editor.doc, { phaseId });
    await stored(board, editor);
    editor.destroy();
    await waitFor(() => !server.app.rooms.loaded(board.id), 'board unloaded');
    const res = await api('POST', `/api/boards/${board.id}/versions/${version.id}/restore`, board.facilitatorToken, {
      scope: 'board',
    });
    expect(res.statusCode).toBe(200);
    const late = join(board, board.viewToken);
    await synced(late);
    expect(toSnapshot(late.doc).phases[phaseId]?.name).toBe('Achat');
  });

  it('takes an automatic checkpoint when the last client leaves, naming who was there, and exports a version', async () => {
    const { board, editor } = await boardWithPhase();
    editor.destroy();
    await waitFor(() => !server.app.rooms.loaded(board.id), 'board unloaded');
    const list = (await api('GET', `/api/boards/${board.id}/versions`, board.viewToken)).json().versions;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'auto', participants: ['Camille'] });
    const json = await api('GET', `/api/boards/${board.id}/versions/${list[0].id}/export.json`, board.viewToken);
    expect(json.statusCode).toBe(200);
    expect(
      json
        .json()
        .journeys[0].phases.map((p: { name: string }) => p.name)
        .slice(-2),
    ).toEqual(['Découverte', 'Achat']);
    const png = await api('GET', `/api/boards/${board.id}/versions/${list[0].id}/export.png`, board.viewToken);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    const health = (await server.app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(health.history.checkpoints).toBeGreaterThanOrEqual(1);
    expect(health.history.bytes).toBeGreaterThan(0);
  });

  it('bounds what one editor can store: named versions per board, checkpoints of join-edit-leave loops', async () => {
    const { board, editor } = await boardWithPhase();
    for (let i = 0; i < MAX_NAMED_VERSIONS; i++) {
      const res = await api('POST', `/api/boards/${board.id}/versions`, board.editToken, { name: `v${i}` });
      expect(res.statusCode).toBe(201);
    }
    const refused = await api('POST', `/api/boards/${board.id}/versions`, board.editToken, { name: 'one more' });
    expect(refused.statusCode).toBe(409);
    editor.destroy();
    // Join, edit, leave, again and again: one automatic checkpoint, not one per round.
    for (let round = 0; round < 3; round++) {
      await waitFor(() => !server.app.rooms.loaded(board.id), 'board unloaded');
      const client = join(board, board.editToken);
      await synced(client);
      addCard(client.doc, { journeyId: firstJourneyId(client.doc), kind: 'note', text: `tour ${round}` });
      await stored(board, client);
      client.destroy();
    }
    await waitFor(() => !server.app.rooms.loaded(board.id), 'board unloaded');
    const autos = (await server.store.checkpoints.list(board.id)).filter((c) => c.kind === 'auto');
    expect(autos).toHaveLength(1);
  });

  it('never reads the history to open a board, however many versions it has', async () => {
    const board = await createBoard(server.app);
    const state = Y.encodeStateAsUpdate(await storedDoc(server.store, board.id));
    for (let i = 0; i < 200; i++)
      await server.store.checkpoints.add({ boardId: board.id, kind: 'auto', state, participants: [], summary: null });
    const reads: string[] = [];
    const checkpoints = server.store.checkpoints as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['list', 'get', 'latest']) {
      const original = checkpoints[method]!.bind(checkpoints);
      checkpoints[method] = (...args: unknown[]) => {
        reads.push(method);
        return original(...args);
      };
    }
    const client = join(board, board.editToken);
    await synced(client);
    expect((await api('GET', `/api/boards/${board.id}`, board.viewToken)).statusCode).toBe(200);
    expect((await api('GET', `/api/boards/${board.id}/access`, board.viewToken)).statusCode).toBe(200);
    expect(reads).toEqual([]);
  });

  it('bounds the costly history reads per client address (429 with Retry-After)', async () => {
    const { board } = await boardWithPhase();
    const version = (await api('POST', `/api/boards/${board.id}/versions`, board.editToken, { name: 'v1' })).json();
    const statuses: number[] = [];
    for (let i = 0; i <= HISTORY_READS_PER_MINUTE; i++)
      statuses.push(
        (await api('GET', `/api/boards/${board.id}/versions/${version.id}/state`, board.viewToken)).statusCode,
      );
    expect(statuses.slice(0, HISTORY_READS_PER_MINUTE).every((s) => s === 200)).toBe(true);
    const refused = await api('GET', `/api/boards/${board.id}/versions/${version.id}/diff`, board.viewToken);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The list stays readable: it decodes nothing.
    expect((await api('GET', `/api/boards/${board.id}/versions`, board.viewToken)).statusCode).toBe(200);
  });

  it('documents the history routes in the OpenAPI document', async () => {
    const spec = (await server.app.inject({ url: '/api/docs/json' })).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/boards/{id}/versions',
        '/api/boards/{id}/versions/{versionId}',
        '/api/boards/{id}/versions/{versionId}/state',
        '/api/boards/{id}/versions/{versionId}/diff',
        '/api/boards/{id}/versions/{versionId}/restore',
        '/api/boards/{id}/versions/{versionId}/export.json',
        '/api/boards/{id}/versions/{versionId}/export.png',
      ]),
    );
    const restore = spec.paths['/api/boards/{id}/versions/{versionId}/restore'].post;
    expect(JSON.stringify(restore.requestBody)).toContain('phaseIds');
  });

  it('lets editors rename and delete versions of a board without a facilitator', async () => {
    const editToken = newToken();
    const doc = createBoardDoc({ template: 'blank', locale: 'fr', title: 'Ancien tableau' });
    await server.store.create({
      id: 'ancien-tableau-sans-animateur',
      snapshot: Y.encodeStateAsUpdate(doc),
      tokens: [{ hash: hashToken(editToken), role: 'edit' }],
    });
    const base = '/api/boards/ancien-tableau-sans-animateur/versions';
    const version = (await api('POST', base, editToken, { name: 'v1' })).json();
    expect((await api('PATCH', `${base}/${version.id}`, editToken, { name: 'v2' })).json().name).toBe('v2');
    expect((await api('DELETE', `${base}/${version.id}`, editToken)).statusCode).toBe(204);
  });
});

describe('automatic checkpoints while a board is edited', () => {
  it('takes at most one per interval while edits keep coming', async () => {
    await server.close();
    server = await startServer({ checkpointEveryMs: 300 });
    const board = await createBoard(server.app);
    const editor = join(board, board.editToken, 'Camille');
    await synced(editor);
    const journeyId = firstJourneyId(editor.doc) ?? '';
    const started = Date.now();
    while (Date.now() - started < 1_000) {
      addCard(editor.doc, { journeyId, kind: 'note', text: 'x' });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await stored(board, editor);
    const list = await server.store.checkpoints.list(board.id);
    // About one per 300 ms over one second of edits: never one per edit.
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list.length).toBeLessThanOrEqual(4);
    expect(list.every((c) => c.kind === 'auto')).toBe(true);
  });
});
