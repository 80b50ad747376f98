/**
 * Scenario: the room (issue 18). First, the phone view's first load on a phone profile under
 * Chromium's "Slow 4G" network preset, against the canvas view on the same phone and network:
 * bytes transferred (as sent, compressed) and time until the person can add a card. Then
 * card-to-big-screen latency: 30 phone clients on one board (y-websocket clients running the
 * model's addCardAs, as the phone view does) each add a card every 2 s; one more client, the big
 * screen, notes when each card arrives.
 */
import { addCardAs, createBoardDoc, observeSnapshot, orderedJourneys, toJson, toSnapshot } from '@parcours/journey';
import { type Browser, devices } from 'playwright-core';
import * as Y from 'yjs';
import { launchChromium, newBenchContext } from '../browser/chromium';
import { connectClient } from '../clients/provider';
import { percentile } from '../lib/stats';
import { nowMs, sleep } from '../lib/time';
import { ServerHandle, type Target } from '../servers/handle';
import { Collector, type ScenarioOptions } from './types';

/** Chrome DevTools' "Slow 4G" preset (latency × 3.75, throughput × 0.9 of 150 ms, 1.6 Mbit/s down, 750 kbit/s up). */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const PHONES = 30;
const EVERY_MS = 2_000;

export async function runPhone(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const collector = new Collector();
  collector.define('js-kb', 'first load: JavaScript transferred', 'KB', 'lower');
  collector.define('all-kb', 'first load: everything transferred', 'KB', 'lower');
  collector.define('interactive', 'first load under Slow 4G: time until a card can be added', 'ms', 'lower');
  collector.define('card-p50', `card to big screen, ${PHONES} phones, p50`, 'ms', 'lower');
  collector.define('card-p99', `card to big screen, ${PHONES} phones, p99`, 'ms', 'lower');
  const seconds = options.quick ? 6 : 20;
  const notes = [
    `First load: Pixel 7 profile (412x839, touch, device pixel ratio 1), a cold browser context each time, Chromium's "Slow 4G" network conditions through CDP (562.5 ms latency, 180,000 B/s down, 84,375 B/s up; no CPU throttling). KB = 1,000 bytes as sent over the network (brotli where the build wrote it). "phone": the phone view, interactive when the board is synced and *Ajouter la carte* is enabled; "board": the same link with the canvas chosen from the menu, interactive when the canvas has laid out the board's first card.`,
    `Card to big screen: ${PHONES} phone clients (y-websocket providers over ws in the bench process, each running the model's addCardAs) and one big-screen client on one board of the French 8-phase template; each phone adds a card every ${EVERY_MS / 1000} s (staggered) for ${seconds} s. Latency: from the addCardAs call on a phone to the card's appearance in the big screen's snapshot (observeSnapshot), same process clock. What the browser then takes to draw it is in the canvas scenario.`,
  ];
  const server = await ServerHandle.start('parcours', options.serverFlags);
  let browser: Browser | null = null;
  try {
    const json = toJson(createBoardDoc({ template: 'fr-purchase-8', locale: 'fr' }));
    browser = await launchChromium();
    for (let rep = 0; rep < options.reps; rep++) {
      for (const column of ['phone', 'board'] as const) {
        try {
          const target = await server.newRoom(json);
          const load = await firstLoad(browser, `${server.baseUrl}/b/${target.room}?token=${target.token}`, column);
          collector.add('js-kb', column, load.jsBytes / 1000);
          collector.add('all-kb', column, load.allBytes / 1000);
          collector.add('interactive', column, load.interactiveMs);
          options.log(
            `  phone first load ${column} rep ${rep + 1}: JS ${(load.jsBytes / 1000).toFixed(1)} KB, all ${(load.allBytes / 1000).toFixed(1)} KB, interactive ${load.interactiveMs.toFixed(0)} ms`,
          );
        } catch (err) {
          options.log(`  phone first load ${column} failed: ${(err as Error).message.split('\n')[0]}`);
          collector.fail(['js-kb', 'all-kb', 'interactive'], column, err);
        }
      }
    }
    await browser.close();
    browser = null;
    for (let rep = 0; rep < options.reps; rep++) {
      try {
        const latencies = await cardLatencies(await server.newRoom(json), seconds);
        collector.add('card-p50', 'phone', percentile(latencies, 50));
        collector.add('card-p99', 'phone', percentile(latencies, 99));
        options.log(
          `  card to big screen rep ${rep + 1}: ${latencies.length} cards, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
        );
      } catch (err) {
        options.log(`  card to big screen failed: ${(err as Error).message}`);
        collector.fail(['card-p50', 'card-p99'], 'phone', err);
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
  return { collector, notes };
}

interface FirstLoad {
  readonly jsBytes: number;
  readonly allBytes: number;
  readonly interactiveMs: number;
}

async function firstLoad(browser: Browser, url: string, screen: 'phone' | 'board'): Promise<FirstLoad> {
  const { defaultBrowserType: _engine, ...pixel } = devices['Pixel 7'];
  const context = await newBenchContext(browser, { ...pixel, deviceScaleFactor: 1, locale: 'fr-FR' });
  await context.addInitScript(
    ([participant, chosen]) => {
      localStorage.setItem('parcours.participant', participant!);
      localStorage.setItem('parcours.screen', chosen!);
    },
    [JSON.stringify({ id: 'p-bench', name: 'Bench', color: '#2563eb' }), screen],
  );
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    const types = new Map<string, string>();
    let jsBytes = 0;
    let allBytes = 0;
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e) => {
      allBytes += e.encodedDataLength;
      if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
    });
    await page.goto(url, { timeout: 120_000 });
    if (screen === 'phone') {
      await page.waitForFunction(
        () => {
          const probe = (window as unknown as { __parcours?: { state(): { connection: string } } }).__parcours;
          const button = Array.from(document.querySelectorAll('button')).find(
            (b) => b.textContent === 'Ajouter la carte',
          );
          return probe?.state().connection === 'connected' && button !== undefined && !button.disabled;
        },
        null,
        { timeout: 120_000, polling: 50 },
      );
    } else {
      await page.waitForFunction(
        () => {
          const w = window as unknown as {
            __parcours?: { snapshot(): { cards: Record<string, unknown> } | null };
            __parcoursCanvas?: { rectOf(t: { cardId: string }): unknown };
          };
          const first = Object.keys(w.__parcours?.snapshot()?.cards ?? {})[0];
          return first !== undefined && w.__parcoursCanvas?.rectOf({ cardId: first }) != null;
        },
        null,
        { timeout: 120_000, polling: 50 },
      );
    }
    const interactiveMs = await page.evaluate(() => performance.now());
    return { jsBytes, allBytes, interactiveMs };
  } finally {
    await context.close();
  }
}

async function cardLatencies(target: Target, seconds: number): Promise<number[]> {
  // Each y-websocket provider listens for the process's exit: 31 of them here, on purpose.
  process.setMaxListeners(Math.max(process.getMaxListeners(), PHONES + 10));
  const bigDoc = new Y.Doc();
  const big = connectClient(target, bigDoc);
  const phones = Array.from({ length: PHONES }, () => {
    const doc = new Y.Doc();
    return { doc, client: connectClient(target, doc) };
  });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let stop: (() => void) | null = null;
  try {
    await Promise.all([big.synced, ...phones.map((p) => p.client.synced)]);
    stop = observeSnapshot(bigDoc, (snapshot) => {
      const now = nowMs();
      for (const [id, at] of sentAt) {
        if (!snapshot.cards[id]) continue;
        latencies.push(now - at);
        sentAt.delete(id);
      }
    });
    const journeyId = orderedJourneys(toSnapshot(bigDoc))[0]!.id;
    const rounds = Math.floor((seconds * 1000) / EVERY_MS);
    const started = nowMs();
    const timers = phones.map((phone, i) =>
      (async () => {
        // Staggered: the 30 phones spread their cards over each 2-second period.
        await sleep((i * EVERY_MS) / PHONES);
        for (let round = 0; round < rounds; round++) {
          const at = nowMs();
          const id = addCardAs(phone.doc, {
            journeyId,
            participantId: `phone-${i}`,
            kind: 'irritant',
            text: `Carte ${round} du téléphone ${i}`,
          });
          sentAt.set(id, at);
          const next = started + (i * EVERY_MS) / PHONES + (round + 1) * EVERY_MS;
          await sleep(Math.max(0, next - nowMs()));
        }
      })(),
    );
    await Promise.all(timers);
    const deadline = nowMs() + 10_000;
    while (sentAt.size > 0 && nowMs() < deadline) await sleep(20);
    if (sentAt.size > 0) throw new Error(`${sentAt.size} cards never reached the big screen`);
    return latencies;
  } finally {
    stop?.();
    big.destroy();
    for (const phone of phones) phone.client.destroy();
  }
}
