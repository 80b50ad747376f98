/**
 * The HTTP API through inject(): every route, every error status, all-or-nothing import, and
 * exports that match the board.
 */
import { join } from 'node:path';
import { createBoardDoc, type JourneyMapJson, toJson } from '@parcours/journey';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJson, importFile, postText } from './boardFiles';
import { type CreatedBoard, createBoard, storedDoc } from './helpers';
import { useServer } from './useServer';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('REST API', () => {
  const server = useServer({ publicUrl: 'https://parcours.example.org' });
  let board: CreatedBoard;
  const boardCount = () => {
    const db = new Database(join(server.dir, 'parcours.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    board = await createBoard(server.app, { title: 'Parcours d’achat — été', locale: 'fr', template: 'fr-purchase-8' });
  });

  describe('POST /api/boards', () => {
    it('creates a board with unguessable id and tokens, and share links', () => {
      expect(board.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(board.editToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(board.viewToken).not.toBe(board.editToken);
      expect(board.editUrl).toBe(`https://parcours.example.org/b/${board.id}?token=${board.editToken}`);
      expect(board.viewUrl).toBe(`https://parcours.example.org/b/${board.id}?token=${board.viewToken}`);
    });

    it('stores only hashes of the tokens', () => {
      const db = new Database(join(server.dir, 'parcours.sqlite'), { readonly: true });
      const dump = JSON.stringify(db.prepare('SELECT * FROM board_tokens').all());
      db.close();
      expect(dump).not.toContain(board.editToken);
      expect(dump).not.toContain(board.viewToken);
    });

    it.each([
      [{ title: 'x', locale: 'de' }, 'locale'],
      [{ title: 'x', locale: 'fr', template: 'nope' }, 'template'],
      [{ title: 'x'.repeat(201), locale: 'fr' }, 'title'],
      [{ title: 42, locale: 'fr' }, 'title'],
    ])('refuses %j with 400 and the issue path', async (payload, path) => {
      const res = await server.app.inject({ method: 'POST', url: '/api/boards', payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues.map((i: { path: string }) => i.path)).toContain(path);
    });

    it('refuses malformed JSON with 400', async () => {
      const res = await postText(server.app, '/api/boards', '{"title": ');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBeTruthy();
    });

    it('refuses a body over 10 MiB with 413', async () => {
      const res = await postText(
        server.app,
        '/api/boards',
        JSON.stringify({ title: 'x'.repeat(10 * 1024 * 1024 + 10) }),
      );
      expect(res.statusCode).toBe(413);
    });
  });

  describe('GET /api/boards/:id', () => {
    it('summarises the board for either token, with the role', async () => {
      for (const [token, role] of [
        [board.editToken, 'edit'],
        [board.viewToken, 'view'],
      ] as const) {
        const res = await server.app.inject({ url: `/api/boards/${board.id}?token=${token}` });
        expect(res.statusCode).toBe(200);
        const body = res.json();
        expect(body).toMatchObject({ id: board.id, title: 'Parcours d’achat — été', locale: 'fr', role });
        expect(body.counts.journeys).toBe(1);
        expect(body.counts.phases).toBe(8);
        expect(body.journeys[0].phases).toBe(8);
        expect(body.counts.cards).toBe(body.journeys[0].cards);
        expect(Date.parse(body.createdAt)).toBeLessThanOrEqual(Date.parse(body.updatedAt));
      }
    });

    it('tells a token its role at /access, without loading the board', async () => {
      for (const [token, role] of [
        [board.editToken, 'edit'],
        [board.viewToken, 'view'],
      ] as const) {
        const res = await server.app.inject({ url: `/api/boards/${board.id}/access?token=${token}` });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ id: board.id, role });
      }
      expect(server.app.rooms.stats.boards).toBe(0);
    });

    it('accepts the token as a bearer header too', async () => {
      const res = await server.app.inject({
        url: `/api/boards/${board.id}`,
        headers: { authorization: `Bearer ${board.viewToken}` },
      });
      expect(res.statusCode).toBe(200);
    });

    it('answers 401 for a wrong or missing token and 404 for an unknown board', async () => {
      const paths = ['', '/access', '/export.json', '/export.png'];
      for (const path of paths) {
        expect((await server.app.inject({ url: `/api/boards/${board.id}${path}?token=wrong` })).statusCode).toBe(401);
        expect((await server.app.inject({ url: `/api/boards/${board.id}${path}` })).statusCode).toBe(401);
        expect(
          (await server.app.inject({ url: `/api/boards/AAAAAAAAAAAAAAAAAAAAAA${path}?token=${board.editToken}` }))
            .statusCode,
        ).toBe(404);
        expect((await server.app.inject({ url: `/api/boards/${encodeURIComponent('../x')}${path}` })).statusCode).toBe(
          404,
        );
      }
    });
  });

  describe('export', () => {
    it('exports the v1 JSON of the board as an attachment named after the title', async () => {
      const res = await exportJson(server.app, board);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/json');
      const disposition = String(res.headers['content-disposition']);
      expect(disposition).toContain('attachment;');
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Parcours d’achat — été.json')}`);
      expect(disposition).toMatch(/filename="[\x20-\x7e]+\.json"/);
      expect(res.json()).toEqual(toJson(await storedDoc(server.store, board.id)));
    });

    it('exports a PNG whose size follows the pixel ratio', async () => {
      const one = await server.app.inject({
        url: `/api/boards/${board.id}/export.png?token=${board.viewToken}&pixelRatio=1`,
      });
      const two = await server.app.inject({
        url: `/api/boards/${board.id}/export.png?token=${board.viewToken}&pixelRatio=2`,
      });
      expect(one.statusCode).toBe(200);
      expect(one.headers['content-type']).toBe('image/png');
      const a = pngSize(one.rawPayload);
      const b = pngSize(two.rawPayload);
      expect(a.width).toBeGreaterThan(100);
      expect(b.width).toBe(a.width * 2);
      expect(b.height).toBe(a.height * 2);
    });

    it('draws a chosen journey, and answers 404 for a journey the board does not have', async () => {
      const json = (await exportJson(server.app, board)).json() as JourneyMapJson;
      const journeyId = json.journeys[0]!.id;
      const ok = await server.app.inject({
        url: `/api/boards/${board.id}/export.png?token=${board.viewToken}&journeyId=${journeyId}`,
      });
      expect(ok.statusCode).toBe(200);
      const missing = await server.app.inject({
        url: `/api/boards/${board.id}/export.png?token=${board.viewToken}&journeyId=nope`,
      });
      expect(missing.statusCode).toBe(404);
      const badRatio = await server.app.inject({
        url: `/api/boards/${board.id}/export.png?token=${board.viewToken}&pixelRatio=50`,
      });
      expect(badRatio.statusCode).toBe(400);
    });
  });

  describe('POST /api/boards/import', () => {
    const sample = () => {
      const doc = createBoardDoc({ title: 'Importé', locale: 'fr', template: 'fr-lifecycle-5' });
      const json = toJson(doc);
      doc.destroy();
      return json;
    };

    it('imports a v1 JSON file, and exports it back unchanged', async () => {
      const json = sample();
      const res = await importFile(server.app, json);
      expect(res.statusCode).toBe(201);
      const created = res.json() as CreatedBoard;
      expect(created.editUrl).toContain(`/b/${created.id}?token=`);
      const back = await exportJson(server.app, created);
      expect(back.json()).toEqual(json);
    });

    it('imports a PNG exported by Parcours', async () => {
      const png = await server.app.inject({ url: `/api/boards/${board.id}/export.png?token=${board.viewToken}` });
      const res = await importFile(server.app, png.rawPayload, 'image/png');
      expect(res.statusCode).toBe(201);
      const created = res.json() as CreatedBoard;
      const original = (await exportJson(server.app, board)).json();
      const copy = (await exportJson(server.app, created)).json();
      expect(copy).toEqual(original);
    });

    it('refuses an invalid file with 400 and located issues, creating nothing', async () => {
      const before = boardCount();
      const json = sample();
      const broken = {
        ...json,
        locale: 'de',
        journeys: [{ ...json.journeys[0]!, cards: [{ ...json.journeys[0]!.cards[0]!, emotion: 7 }] }],
      };
      const res = await importFile(server.app, broken);
      expect(res.statusCode).toBe(400);
      const body = res.json() as { error: string; issues: { path: string; message: string }[] };
      expect(body.error).toBeTruthy();
      expect(body.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(['locale', 'journeys[0].cards[0].emotion']),
      );
      expect(boardCount()).toBe(before);
    });

    it('refuses a PNG without a journey map, and other content types', async () => {
      const before = boardCount();
      const plain = await server.app.inject({ url: `/api/boards/${board.id}/export.png?token=${board.viewToken}` });
      // Strip the text chunks: a plain image of the same pixels.
      const bytes = Buffer.from(plain.rawPayload);
      const chunks: Buffer[] = [bytes.subarray(0, 8)];
      for (let at = 8; at < bytes.length; ) {
        const length = bytes.readUInt32BE(at);
        const type = bytes.subarray(at + 4, at + 8).toString('ascii');
        if (!['iTXt', 'tEXt', 'zTXt'].includes(type)) chunks.push(bytes.subarray(at, at + 12 + length));
        at += 12 + length;
      }
      const res = await importFile(server.app, Buffer.concat(chunks), 'image/png');
      expect(res.statusCode).toBe(400);
      expect(res.json().issues.length).toBeGreaterThan(0);
      const text = await importFile(server.app, 'hello', 'text/plain');
      expect(text.statusCode).toBe(415);
      expect(boardCount()).toBe(before);
    });
  });

  describe('health, docs and web', () => {
    it('reports health with the store status and the loaded boards', async () => {
      const res = await server.app.inject({ url: '/api/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ ok: true, boards: 0, connections: 0, store: { ok: true, driver: 'sqlite' } });
    });

    it('serves the OpenAPI document and its UI', async () => {
      const spec = await server.app.inject({ url: '/api/docs/json' });
      expect(spec.statusCode).toBe(200);
      const paths = Object.keys(spec.json().paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/api/boards',
          '/api/boards/import',
          '/api/boards/{id}',
          '/api/boards/{id}/export.json',
          '/api/boards/{id}/export.png',
          '/api/health',
        ]),
      );
      expect((await server.app.inject({ url: '/api/docs/' })).statusCode).toBe(200);
    });

    it('answers app routes with a page and unknown API routes with JSON 404', async () => {
      const page = await server.app.inject({ url: `/b/${board.id}?token=${board.editToken}` });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain('connect-src');
      expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      const api = await server.app.inject({ url: '/api/nope' });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toEqual({ error: 'not found' });
    });
  });
});
