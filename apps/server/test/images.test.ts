/**
 * Images over REST on a real server (port 0, real SQLite): what is stored is decoded, scaled and
 * stripped (no EXIF GPS in what is served), hostile files are refused with nothing stored and the
 * process's memory bounded, tokens decide who adds and who sees, and a card's reference written by
 * an editor's client passes the relay and reaches the others.
 */
import { createHash } from 'node:crypto';
import { createDeflate } from 'node:zlib';
import { addCard, toSnapshot, updateCard } from '@parcours/journey';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { ImageStore } from '../src/images/imageStore';
import { DEFAULT_IMAGE_LIMITS } from '../src/images/limits';
import { openSqliteImages } from '../src/images/sqliteImages';
import { connect, createBoard, firstJourneyId, synced, waitFor } from './helpers';
import { solidPng, uploadImage } from './imageUploads';
import { useServer } from './useServer';

const images: ImageStore = openSqliteImages({ file: ':memory:' });
const server = useServer({ images: { store: images, limits: { uploadsPerAddressPerHour: 1000 } } });

function upload(boardId: string, token: string | undefined, body: Buffer, contentType = 'image/jpeg') {
  return uploadImage(server.app, boardId, token, body, contentType);
}

function fetchImage(boardId: string, hash: string, token: string, size = 'full') {
  return server.app.inject({ method: 'GET', url: `/api/boards/${boardId}/images/${hash}?token=${token}&size=${size}` });
}

/** A phone photo: 4000 x 3000 of noise (so JPEG keeps it large), with GPS coordinates in its EXIF. */
async function phonePhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Secret Phone 12', Copyright: 'Camille Martin' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 2400/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 300/100',
      },
    })
    .toBuffer();
}

/** A PNG whose header says 50,000 x 50,000 (1-bit grey): 2.5 gigapixels in about 300 KB of zeros. */
async function decompressionBomb(): Promise<Buffer> {
  const side = 50_000;
  const row = Buffer.alloc(1 + side / 8); // filter byte + 1 bit per pixel
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.concat(Array.from({ length: 1000 }, () => row));
  for (let i = 0; i < side / 1000; i++) deflate.write(block);
  deflate.end();
  await done;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.concat(parts)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('image uploads', () => {
  it('stores a phone photo scaled to 2,048 px with no EXIF or GPS, under the hash of the served bytes', async () => {
    const board = await createBoard(server.app);
    const photo = await phonePhoto();
    expect((await sharp(photo).metadata()).exif).toBeDefined(); // the input does carry GPS
    const res = await upload(board.id, board.editToken, photo);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ width: 2048, height: 1536, mime: 'image/jpeg' });

    // A viewer's token reads it, with long cache headers.
    const served = await fetchImage(board.id, body.hash, board.viewToken);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['cache-control']).toContain('max-age=31536000');
    const bytes = served.rawPayload;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(body.hash);
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
    expect(bytes.includes(Buffer.from('Secret Phone'))).toBe(false);
    expect(bytes.includes(Buffer.from('Camille'))).toBe(false);

    const thumb = await fetchImage(board.id, body.hash, board.viewToken, 'thumb');
    expect(thumb.statusCode).toBe(200);
    const thumbMeta = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(thumbMeta.width!, thumbMeta.height!)).toBe(320);
    expect(thumbMeta.exif).toBeUndefined();

    // The same photo again is the same image, stored once.
    const again = await upload(board.id, board.editToken, photo);
    expect(again.statusCode).toBe(200);
    expect(again.json().hash).toBe(body.hash);
  });

  it('keeps the first frame of a GIF and the transparency of a PNG', async () => {
    const board = await createBoard(server.app);
    const frames = Buffer.concat([
      Buffer.alloc(20 * 10 * 4, 0).fill(Buffer.from([255, 0, 0, 255])),
      Buffer.alloc(20 * 10 * 4, 0).fill(Buffer.from([0, 0, 255, 255])),
    ]);
    const gif = await sharp(frames, { raw: { width: 20, height: 20, channels: 4, pageHeight: 10 } } as never)
      .gif()
      .toBuffer();
    const res = await upload(board.id, board.editToken, gif, 'image/gif');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ width: 20, height: 10 });
    const served = await fetchImage(board.id, res.json().hash, board.editToken);
    const { data } = await sharp(served.rawPayload).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(200); // red: the first frame
    expect(data[2]).toBeLessThan(50);

    const png = await solidPng({ r: 0, g: 0, b: 0, alpha: 0 }, 30);
    const transparent = await upload(board.id, board.editToken, png, 'application/octet-stream');
    expect(transparent.statusCode).toBe(201);
    expect(transparent.json().mime).toBe('image/png');
  });

  it('refuses what is not an image by its bytes, whatever its name or type says: SVG, an executable', async () => {
    const board = await createBoard(server.app);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const refusedSvg = await upload(board.id, board.editToken, svg, 'image/png');
    expect(refusedSvg.statusCode).toBe(415);
    expect(refusedSvg.json().error).toMatch(/PNG, JPEG/);
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4000, 1)]);
    expect((await upload(board.id, board.editToken, elf, 'image/png')).statusCode).toBe(415);
    expect(
      await server.app.inject({ url: `/api/boards/${board.id}/images/${'0'.repeat(64)}?token=${board.editToken}` }),
    ).toHaveProperty('statusCode', 404);
  });

  it('refuses a file 1 byte over the limit with 413 and a clear message', async () => {
    const board = await createBoard(server.app);
    const res = await upload(board.id, board.editToken, Buffer.alloc(DEFAULT_IMAGE_LIMITS.maxBytes + 1, 0xff));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatch(/over 15 MiB/);
  });

  it('refuses a truncated JPEG and stores nothing', async () => {
    const board = await createBoard(server.app);
    const photo = await phonePhoto();
    const before = process.memoryUsage().rss;
    const res = await upload(board.id, board.editToken, photo.subarray(0, Math.floor(photo.length / 2)));
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/truncated or corrupt/);
    // Nothing of it was stored: a later valid upload is the only image of the board.
    const ok = await upload(board.id, board.editToken, await solidPng('#0a0', 8));
    expect(ok.statusCode).toBe(201);
    expect(await imageCount(board.id)).toBe(1);
  });

  it('refuses a decompression bomb from its header, without the memory its pixels would take', async () => {
    const board = await createBoard(server.app);
    const bomb = await decompressionBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const res = await upload(board.id, board.editToken, bomb, 'image/png');
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatch(/too large/);
    // 2.5 gigapixels would take 2.5 GB decoded (8-bit grey); the refusal costs far less.
    expect(peak - before).toBeLessThan(256 * 1024 * 1024);
    expect(await imageCount(board.id)).toBe(0);
  });

  it('lets editors and facilitators add images, not viewers, not other boards, not strangers', async () => {
    const board = await createBoard(server.app);
    const other = await createBoard(server.app);
    const png = await solidPng('#123456', 4);
    expect((await upload(board.id, board.viewToken, png, 'image/png')).statusCode).toBe(403);
    expect((await upload(board.id, undefined, png, 'image/png')).statusCode).toBe(401);
    expect((await upload(board.id, other.editToken, png, 'image/png')).statusCode).toBe(401);
    expect((await upload('nope', board.editToken, png, 'image/png')).statusCode).toBe(404);
    expect((await upload(board.id, board.facilitatorToken, png, 'image/png')).statusCode).toBe(201);
    const res = await upload(board.id, board.editToken, png, 'image/png');
    expect(res.statusCode).toBe(200);
    const { hash } = res.json();
    expect((await fetchImage(board.id, hash, board.viewToken)).statusCode).toBe(200);
    expect((await fetchImage(board.id, hash, other.viewToken)).statusCode).toBe(401);
    expect((await fetchImage(other.id, hash, other.viewToken)).statusCode).toBe(404);
    expect((await server.app.inject({ url: `/api/boards/${board.id}/images/${hash}` })).statusCode).toBe(401);
  });

  it("carries a card's picture reference from an editor to a viewer through the relay", async () => {
    const board = await createBoard(server.app);
    const png = await solidPng('#f80', 64, 48);
    const { hash, width, height } = (await upload(board.id, board.editToken, png, 'image/png')).json();
    const editor = connect(server.syncUrl, board.id, board.editToken);
    const viewer = connect(server.syncUrl, board.id, board.viewToken);
    try {
      await synced(editor);
      await synced(viewer);
      const journeyId = firstJourneyId(editor.doc);
      const cardId = addCard(editor.doc, { journeyId, kind: 'touchpoint', text: 'Page de paiement' });
      updateCard(editor.doc, { cardId, image: { hash, width, height, alt: 'Capture' } });
      await waitFor(() => toSnapshot(viewer.doc).cards[cardId]?.image?.hash === hash, 'the viewer sees the picture');
      expect(editor.closeCodes).toEqual([]);
      expect(toSnapshot(viewer.doc).cards[cardId]!.image).toEqual({ hash, width, height, alt: 'Capture' });
    } finally {
      editor.destroy();
      viewer.destroy();
    }
  });
});

describe('the PNG export', () => {
  it("draws a card's picture", async () => {
    const board = await createBoard(server.app, { title: 'Export', locale: 'fr', template: 'fr-purchase-8' });
    const green = await solidPng('#00ff00', 400, 300);
    const { hash, width, height } = (await upload(board.id, board.editToken, green, 'image/png')).json();
    const count = async () => {
      const res = await server.app.inject({ url: `/api/boards/${board.id}/export.png?token=${board.viewToken}` });
      expect(res.statusCode).toBe(200);
      const { data, info } = await sharp(res.rawPayload).raw().toBuffer({ resolveWithObject: true });
      let n = 0;
      for (let i = 0; i < data.length; i += info.channels) {
        if (data[i]! < 40 && data[i + 1]! > 215 && data[i + 2]! < 40) n++;
      }
      return n;
    };
    expect(await count()).toBe(0);
    const before = await server.app.inject({ url: `/api/boards/${board.id}/export.pdf?token=${board.viewToken}` });
    expect(before.rawPayload.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const editor = connect(server.syncUrl, board.id, board.editToken);
    try {
      await synced(editor);
      const snapshot = toSnapshot(editor.doc);
      const journeyId = firstJourneyId(editor.doc);
      const phaseId = Object.values(snapshot.phases).find((p) => p.journeyId === journeyId)!.id;
      const channelId = Object.values(snapshot.channels).find((c) => c.journeyId === journeyId)!.id;
      const cardId = addCard(editor.doc, {
        journeyId,
        kind: 'touchpoint',
        text: 'Écran',
        cell: { phaseId, channelId },
        image: { hash, width, height },
      });
      await waitFor(() => {
        const room = server.app.rooms.loaded(board.id);
        return room !== undefined && toSnapshot(room.doc).cards[cardId] !== undefined;
      }, 'the server has the card');
      // At pixel ratio 2, a picture of about 60 x 45 px: thousands of green pixels.
      expect(await count()).toBeGreaterThan(1000);
      // The PDF of the same journey embeds it: an image XObject, which the map without pictures has none of.
      const pdf = await server.app.inject({ url: `/api/boards/${board.id}/export.pdf?token=${board.viewToken}` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    } finally {
      editor.destroy();
    }
  });
});

async function imageCount(boardId: string): Promise<number> {
  return (await images.list(boardId)).length;
}
