/**
 * Images, from the home page: a screenshot pasted onto a card shows on the card for a second
 * participant, and the PNG export draws it (pixel check); the board archive (.zip with the images)
 * imported on a fresh server gives the same board with its images. At 1280x720 and 1920x1080.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardsOf, rectOnCanvas, snapshotOf, waitConnected } from './board';
import { createFromHome } from './fromHome';
import { newParticipant, OUTPUT_DIR, type Server, screenshot, startServer, useServerAndBrowser } from './harness';

/** A "screenshot" a person would paste: a 640x400 PNG, bright green, with a dark band (drawn in the page). */
async function pasteScreenshot(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(640, 400);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#00ff00';
    ctx.fillRect(0, 0, 640, 400);
    ctx.fillStyle = '#202020';
    ctx.fillRect(0, 0, 640, 60);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const data = new DataTransfer();
    data.items.add(new File([blob], 'capture-paiement.png', { type: 'image/png' }));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
}

/** Pixels of the pasted green in a PNG (decoded by the page's own image decoder). */
async function greenPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 40 && data[i + 1]! > 215 && data[i + 2]! < 40) n++;
    return n;
  }, png.toString('base64'));
}

async function download(page: Page, item: string | RegExp): Promise<string> {
  await page.getByRole('button', { name: 'Fichier' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = join(OUTPUT_DIR, `images-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

/** Drops files from the desktop onto the canvas at a viewport point (the events a browser sends). */
async function dropFiles(
  page: Page,
  at: { x: number; y: number },
  files: { name: string; type: string; text?: string; noisy?: boolean }[],
) {
  await page.evaluate(
    async ({ at, files }) => {
      const data = new DataTransfer();
      for (const f of files) {
        let blob: Blob;
        if (f.text !== undefined) blob = new Blob([f.text], { type: f.type });
        else {
          // Noise does not compress: a picture of a few hundred KB, whose upload takes a while on a slow link.
          const canvas = new OffscreenCanvas(600, 400);
          const ctx = canvas.getContext('2d')!;
          const pixels = ctx.createImageData(600, 400);
          for (let i = 0; i < pixels.data.length; i += 4) {
            const v = f.noisy ? (i * 2654435761) >>> 24 : 0;
            pixels.data.set([v, f.noisy ? v : 255, v, 255], i);
          }
          ctx.putImageData(pixels, 0, 0);
          blob = await canvas.convertToBlob({ type: f.type });
        }
        data.items.add(new File([blob], f.name, { type: f.type }));
      }
      const target = document.elementFromPoint(at.x, at.y)!;
      const init = { dataTransfer: data, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true };
      target.dispatchEvent(new DragEvent('dragover', init));
      target.dispatchEvent(new DragEvent('drop', init));
    },
    { at, files },
  );
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  describe(`images at ${viewport.width}x${viewport.height}`, () => {
    let server: Server;
    let browser: Browser;
    useServerAndBrowser((s, b) => {
      [server, browser] = [s, b];
    });

    it('a screenshot pasted onto a card: the other participant sees it, the PNG export draws it', async () => {
      const alice = await newParticipant(browser, 'Alice', { viewport });
      const board = await createFromHome(alice.page, server, 'Atelier captures');
      const before = new Set((await cardsOf(alice.page)).map((c) => c.id));

      // Alice picks an empty cell, adds a touchpoint, types its text, then pastes a screenshot onto it (it is selected).
      const snapshot = (await snapshotOf(alice.page))!;
      const used = new Set(Object.values(snapshot.cards).map((c) => `${c.phaseId} ${c.channelId}`));
      const cell = Object.values(snapshot.phases)
        .flatMap((p) => Object.values(snapshot.channels).map((c) => ({ phaseId: p.id, channelId: c.id })))
        .find((c) => !used.has(`${c.phaseId} ${c.channelId}`))!;
      const cellRect = await rectOnCanvas(alice.page, cell, true);
      await alice.page.mouse.click(cellRect.x + cellRect.width / 2, cellRect.y + cellRect.height / 2);
      await alice.page.getByTestId('add-touchpoint').click();
      await alice.page.keyboard.type('Page de paiement');
      await alice.page.keyboard.press('Escape');
      await expect
        .poll(async () => (await cardsOf(alice.page)).find((c) => !before.has(c.id))?.text)
        .toBe('Page de paiement');
      const card = (await cardsOf(alice.page)).find((c) => !before.has(c.id))!;
      await pasteScreenshot(alice.page);
      await expect.poll(async () => (await snapshotOf(alice.page))?.cards[card.id]?.image?.width).toBe(640);

      // Bob opens the edit link Alice shared: the card shows the picture on his canvas too.
      const bob = await newParticipant(browser, 'Bob', { viewport });
      await bob.page.goto(board.editLink);
      await waitConnected(bob.page);
      await expect
        .poll(async () => (await snapshotOf(bob.page))?.cards[card.id]?.image?.hash)
        .toBe((await snapshotOf(alice.page))?.cards[card.id]?.image?.hash);
      const rect = await rectOnCanvas(bob.page, { cardId: card.id }, true);
      const onBobsCanvas = async () => greenPixels(bob.page, await bob.page.screenshot({ clip: rect }));
      await expect.poll(onBobsCanvas, { timeout: 15_000 }).toBeGreaterThan(100);
      await screenshot(bob.page, `images-card-${viewport.width}`);

      // Zoomed in, the canvas loads the full image instead of the thumbnail.
      const fullLoaded = bob.page.waitForResponse((r) => /\/images\/[0-9a-f]{64}\?.*size=full/.test(r.url()));
      for (let i = 0; i < 6; i++) await bob.page.getByRole('button', { name: 'Zoom avant' }).click();
      await rectOnCanvas(bob.page, { cardId: card.id }, true);
      expect((await fullLoaded).status()).toBe(200);
      await screenshot(bob.page, `images-zoomed-${viewport.width}`);
      const zoomedRect = await rectOnCanvas(bob.page, { cardId: card.id });

      // The card panel shows it full size with its description field.
      await bob.page.mouse.click(zoomedRect.x + zoomedRect.width / 2, zoomedRect.y + zoomedRect.height / 2);
      const picture = bob.page.getByTestId('card-picture');
      await expect.poll(() => picture.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
      await screenshot(bob.page, `images-panel-${viewport.width}`);

      // The table view shows its thumbnail; back to the map.
      await bob.page.getByTestId('view-switcher').getByRole('button', { name: 'Tableau' }).click();
      await expect
        .poll(() =>
          bob.page
            .getByTestId('card-thumb')
            .first()
            .evaluate((img: HTMLImageElement) => img.naturalWidth),
        )
        .toBe(320);
      await screenshot(bob.page, `images-table-${viewport.width}`);
      await bob.page.getByTestId('view-switcher').getByRole('button', { name: 'Carte' }).click();

      // The PNG export (drawn by the server) contains the picture.
      const png = readFileSync(await download(bob.page, 'Export PNG'));
      expect(await greenPixels(bob.page, png)).toBeGreaterThan(500);

      // The archive (.zip with the images), imported from the home page of a fresh server, gives the
      // same board with its pictures.
      const archive = await download(bob.page, /Exporter l’archive/);
      const original = (await snapshotOf(bob.page))!;
      const other = await startServer();
      try {
        const carol = await newParticipant(browser, 'Carol', { viewport });
        await carol.page.goto(other.url);
        await carol.page.getByTestId('import-file').setInputFiles(archive);
        await waitConnected(carol.page);
        const copy = (await snapshotOf(carol.page))!;
        const cardsOfSnapshot = (s: typeof copy) =>
          Object.values(s.cards)
            .map((c) => ({ text: c.text, kind: c.kind, image: c.image ?? null }))
            .sort((a, b) => a.text.localeCompare(b.text));
        expect(cardsOfSnapshot(copy)).toEqual(cardsOfSnapshot(original));
        expect(copy.board.title).toBe(original.board.title);
        const copyRect = await rectOnCanvas(carol.page, { cardId: card.id }, true);
        await expect
          .poll(async () => greenPixels(carol.page, await carol.page.screenshot({ clip: copyRect })), {
            timeout: 15_000,
          })
          .toBeGreaterThan(100);
        await screenshot(carol.page, `images-archive-imported-${viewport.width}`);
        await carol.context.close();
      } finally {
        await other.close();
      }
      await alice.context.close();
      await bob.context.close();
    }, 120_000);

    it('a photo dropped into a cell becomes an image card; an SVG is refused with a message and adds nothing', async () => {
      const { context, page } = await newParticipant(browser, 'Dana', { viewport });
      await createFromHome(page, server, 'Atelier mur');
      const snapshot = (await snapshotOf(page))!;
      const phase = Object.values(snapshot.phases).sort((a, b) => (a.order < b.order ? -1 : 1))[2]!;
      const channel = Object.values(snapshot.channels).sort((a, b) => (a.order < b.order ? -1 : 1))[3]!;
      const cell = { phaseId: phase.id, channelId: channel.id };
      const rect = await rectOnCanvas(page, cell, true);
      const middle = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      const before = Object.keys(snapshot.cards).length;

      await dropFiles(page, middle, [
        {
          name: 'script.svg',
          type: 'image/svg+xml',
          text: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        },
      ]);
      const refused = page.getByRole('alert').filter({ hasText: 'Fichier refusé : seules les images PNG, JPEG' });
      await expect.poll(() => refused.count()).toBe(1);
      // A file that claims to be a PNG but is not one: the server refuses it by its bytes.
      await dropFiles(page, middle, [{ name: 'faux.png', type: 'image/png', text: 'MZ this is no picture' }]);
      await expect.poll(() => refused.count()).toBe(2);
      expect((await cardsOf(page)).length).toBe(before);

      // On a slow connection the upload shows its progress; the card appears once the server has the image.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 50,
        uploadThroughput: 64 * 1024,
        downloadThroughput: 1024 * 1024,
      });
      await dropFiles(page, middle, [{ name: 'mur.png', type: 'image/png', noisy: true }]);
      const status = page.getByTestId('upload-status');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/Envoi de l’image mur\.png : \d+ %/);
      expect((await cardsOf(page)).length).toBe(before);
      await screenshot(page, `images-uploading-${viewport.width}`);
      await expect.poll(async () => (await cardsOf(page)).length, { timeout: 30_000 }).toBe(before + 1);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        uploadThroughput: -1,
        downloadThroughput: -1,
      });
      await status.waitFor({ state: 'detached' });
      const added = (await cardsOf(page)).find((c) => c.image)!;
      expect({ phaseId: added.phaseId, channelId: added.channelId, kind: added.kind }).toEqual({
        ...cell,
        kind: 'note',
      });
      expect(added.image).toMatchObject({ width: 600, height: 400 });
      await screenshot(page, `images-dropped-${viewport.width}`);
      await context.close();
    }, 60_000);
  });
}
