/**
 * The phone view's first load stays within its budget (issue 18: under 150 KB of JavaScript as
 * transferred, for a phone on 4G in the workshop room), measured as the benchmark measures it
 * (bench/scenarios/phone.ts): the bytes Chromium receives for every script, compressed as the
 * server sends them, from opening the link copied from the share dialog until a card can be added.
 * Neither the board page nor its canvas (Konva) may be among them.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoardFromHome, readShareDialog, snapshotOf } from './board';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';
import { newPhone } from './phones';

/** KB of 1,000 bytes, as docs/BENCHMARKS.md counts them. */
const BUDGET_BYTES = 150_000;

describe('the phone view downloads little', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('opens from the shared link with less than 150 KB of JavaScript, without the board page or the canvas', async () => {
    const host = await newParticipant(browser, 'Fanny', { viewport: { width: 1280, height: 720 } });
    await createBoardFromHome(host.page, server.url, { title: 'Atelier en salle' });
    const links = await readShareDialog(host.page);

    // A cold phone (its own context: nothing cached), 390 x 844 like an iPhone 13.
    const phone = await newPhone(browser, 'Zoé', 0);
    const cdp = await phone.context.newCDPSession(phone.page);
    await cdp.send('Network.enable');
    const scripts = new Map<string, string>();
    const received: { url: string; bytes: number }[] = [];
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.set(e.requestId, e.response.url);
    });
    cdp.on('Network.loadingFinished', (e) => {
      const url = scripts.get(e.requestId);
      if (url !== undefined) received.push({ url, bytes: e.encodedDataLength });
    });

    await phone.page.goto(links.edit!);
    await phone.page.getByTestId('phone-view').waitFor();
    const add = phone.page.getByRole('button', { name: 'Ajouter la carte' });
    await expect.poll(() => add.isEnabled()).toBe(true);
    await screenshot(phone.page, 'phone-first-load');

    const files = received.map((r) => new URL(r.url).pathname);
    const total = received.reduce((sum, r) => sum + r.bytes, 0);
    const report = received.map((r) => `${new URL(r.url).pathname} ${r.bytes}`).join('\n');
    expect(
      files.some((f) => f.includes('/PhonePage-')),
      report,
    ).toBe(true);
    expect(
      files.filter((f) => /\/(BoardPage|BoardCanvas)-/.test(f)),
      report,
    ).toEqual([]);
    expect(total, `${total} bytes of JavaScript:\n${report}`).toBeLessThan(BUDGET_BYTES);
    // The phone still works: a card added on the phone reaches the board.
    await phone.page.getByLabel('Texte', { exact: true }).fill('Carte du budget');
    await add.click();
    await expect
      .poll(async () =>
        Object.values((await snapshotOf(host.page))?.cards ?? {}).some((c) => c.text === 'Carte du budget'),
      )
      .toBe(true);
  });
});
