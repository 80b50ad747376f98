/**
 * Board archives (.zip: board.json + images/) through real servers: exported from one, imported on
 * a fresh one, the board comes back with its pictures byte for byte; an archive's image with EXIF
 * is re-encoded without it; a bad archive creates nothing.
 */
import { createHash } from 'node:crypto';
import { addCard, createBoardDoc, toJson, toSnapshot, updateCard } from '@parcours/journey';
import { strToU8, unzipSync, zipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJson } from './boardFiles';
import { connect, createBoard, firstJourneyId, startServer, synced, type TestServer, waitFor } from './helpers';
import { solidImage, solidPng, uploadedImage } from './imageUploads';

let source: TestServer;
let fresh: TestServer;
beforeAll(async () => {
  [source, fresh] = await Promise.all([startServer(), startServer()]);
});
afterAll(async () => {
  await Promise.all([source.close(), fresh.close()]);
});

function importArchive(server: TestServer, zip: Uint8Array) {
  return server.app.inject({
    method: 'POST',
    url: '/api/boards/import-archive',
    headers: { 'content-type': 'application/zip' },
    payload: Buffer.from(zip),
  });
}

async function boardJson(server: TestServer, id: string, viewToken: string) {
  const res = await exportJson(server.app, { id, viewToken });
  expect(res.statusCode).toBe(200);
  return res.json();
}

const withoutIds = (json: unknown) =>
  JSON.parse(JSON.stringify(json, (key, value) => (key === 'exportedAt' || key === 'url' ? undefined : value)));

describe('board archives', () => {
  it('export then import on a fresh server gives the same board with the same images', async () => {
    const board = await createBoard(source.app, { title: 'Mur de post-it', locale: 'fr', template: 'fr-purchase-8' });
    const photo = await solidImage('#3a6', 3000, 2000).jpeg().toBuffer();
    const screenshot = await solidPng({ r: 255, g: 0, b: 0, alpha: 0.5 }, 300, 200);
    const upload = (body: Buffer) =>
      uploadedImage(source.app, board.id, board.editToken, body, 'application/octet-stream');
    const wall = await upload(photo);
    const page = await upload(screenshot);
    const editor = connect(source.syncUrl, board.id, board.editToken);
    try {
      await synced(editor);
      const journeyId = firstJourneyId(editor.doc);
      const a = addCard(editor.doc, {
        journeyId,
        kind: 'note',
        text: 'Le mur',
        image: { ...wall, alt: 'Photo du mur' },
      });
      const b = addCard(editor.doc, { journeyId, kind: 'touchpoint', text: 'Paiement' });
      updateCard(editor.doc, { cardId: b, image: page });
      await waitFor(() => {
        const doc = source.app.rooms.loaded(board.id)?.doc;
        return !!doc && !!toSnapshot(doc).cards[a]?.image && !!toSnapshot(doc).cards[b]?.image;
      }, 'the server has both pictures');
    } finally {
      editor.destroy();
    }

    // Any token of the board exports it, the view token included.
    const res = await source.app.inject({ url: `/api/boards/${board.id}/archive.zip?token=${board.viewToken}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files).sort()).toEqual(
      ['board.json', `images/${page.hash}.png`, `images/${wall.hash}.jpg`].sort(),
    );

    const imported = await importArchive(fresh, new Uint8Array(res.rawPayload));
    expect(imported.statusCode).toBe(201);
    const copy = imported.json();
    expect(withoutIds(await boardJson(fresh, copy.id, copy.viewToken))).toEqual(
      withoutIds(await boardJson(source, board.id, board.viewToken)),
    );
    // Each picture is named by hash and by its address on the server that wrote the file.
    const copied = (await boardJson(fresh, copy.id, copy.viewToken)).journeys[0].cards;
    expect(
      copied
        .map((c: { image?: { url?: string } }) => c.image?.url)
        .filter(Boolean)
        .sort(),
    ).toEqual([wall.hash, page.hash].map((hash) => `/api/boards/${copy.id}/images/${hash}`).sort());
    for (const hash of [wall.hash, page.hash]) {
      const served = await fresh.app.inject({ url: `/api/boards/${copy.id}/images/${hash}?token=${copy.viewToken}` });
      expect(served.statusCode).toBe(200);
      expect(createHash('sha256').update(served.rawPayload).digest('hex')).toBe(hash);
    }
  });

  it("re-encodes an archive's image that carries metadata, and the card follows its new hash", async () => {
    const doc = toJsonBoard();
    const tagged = await solidImage('#888', 64)
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100' } })
      .toBuffer();
    const hash = createHash('sha256').update(tagged).digest('hex');
    doc.journeys[0]!.cards[0]!.image = { hash, width: 64, height: 64 };
    const zip = zipSync({ 'board.json': strToU8(JSON.stringify(doc)), [`images/${hash}.jpg`]: tagged });
    const res = await importArchive(fresh, zip);
    expect(res.statusCode).toBe(201);
    const { id, viewToken } = res.json();
    const image = (await boardJson(fresh, id, viewToken)).journeys[0].cards[0].image;
    expect(image.hash).not.toBe(hash);
    const served = await fresh.app.inject({ url: `/api/boards/${id}/images/${image.hash}?token=${viewToken}` });
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
  });

  it('refuses what is not an archive of a board, creating nothing', async () => {
    expect((await importArchive(fresh, strToU8('not a zip'))).statusCode).toBe(400);
    const noBoard = await importArchive(fresh, zipSync({ 'readme.txt': strToU8('hello') }));
    expect(noBoard.statusCode).toBe(400);
    expect(noBoard.json().error).toMatch(/board\.json/);
    const badJson = await importArchive(fresh, zipSync({ 'board.json': strToU8('{"format":"other"}') }));
    expect(badJson.statusCode).toBe(400);
  });
});

/** A one-card board as the v1 JSON. */
function toJsonBoard() {
  const board = createBoardDocWithCard();
  return toJson(board);
}

function createBoardDocWithCard() {
  const doc = createBoardDoc({ locale: 'fr', template: 'blank', title: 'Photo' });
  addCard(doc, { journeyId: firstJourneyId(doc), kind: 'note', text: 'Mur' });
  return doc;
}
