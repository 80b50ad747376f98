/**
 * Rough timings of the format and the PNG export on big boards (not a test: numbers depend on the
 * machine). `npx tsx scripts/benchFormat.ts` from packages/journey. Reports the median of 5 runs,
 * wall and CPU time, since a busy machine inflates wall time.
 */
import { createCanvas } from '@napi-rs/canvas';
import * as Y from 'yjs';
import { renderPng } from '../src/export/renderPng';
import { writeJourneyMap } from '../src/format/fromJson';
import { parseJourneyMap } from '../src/format/parseJourneyMap';
import { toJson } from '../src/format/toJson';
import type { JourneyMapJson } from '../src/schema';
import { createBoardDoc } from '../src/templates/createBoardDoc';

const KINDS = ['touchpoint', 'irritant', 'enchantment', 'note'] as const;

function bigMap(cards: number): JourneyMapJson {
  const map = toJson(createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' }));
  const journey = map.journeys[0]!;
  for (let i = 0; i < cards; i++) {
    journey.cards.push({
      id: `card${i}`,
      kind: KINDS[i % 4]!,
      phaseId: journey.phases[i % 8]!.id,
      channelId: journey.channels[i % 7]!.id,
      text: `Carte ${i} : le client compare les offres et hésite 😀 ${'détail '.repeat(i % 12)}`,
      ratings: { alice: ((i % 5) - 2) as -2 | -1 | 0 | 1 | 2, bob: 1 },
      votes: { alice: 1 + (i % 3) },
      keyMoment: i % 50 === 0,
    });
  }
  return toJson(fromMap(map));
}

function fromMap(map: JourneyMapJson): Y.Doc {
  const doc = new Y.Doc();
  writeJourneyMap(doc, parseJourneyMap(map));
  return doc;
}

async function time(label: string, run: () => unknown): Promise<void> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 5; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!.toFixed(0);
  console.log(`${label}: ${median(walls)} ms wall, ${median(cpus)} ms CPU (median of 5)`);
}

const map10k = bigMap(10_000);
const doc10k = fromMap(map10k);
await time('parse (zod + references), 10,000 cards', () => parseJourneyMap(map10k));
await time('fromJson, 10,000 cards', () => fromMap(map10k));
await time('toJson, 10,000 cards', () => toJson(doc10k));
const map2k = bigMap(2_000);
await time('renderPng, 2,000 cards, 1600 px at pixelRatio 2 (toDataURL)', () =>
  renderPng(map2k, { createCanvas, pixelRatio: 2 }),
);
await time('renderPng, 2,000 cards, 1600 px at pixelRatio 1', () => renderPng(map2k, { createCanvas, pixelRatio: 1 }));
const tiny = new Uint8Array(createCanvas(1, 1).toBuffer('image/png'));
await time('renderPng, 2,000 cards, layout + drawing only (PNG encoding skipped)', () =>
  renderPng(map2k, { createCanvas, pixelRatio: 2, encode: () => tiny }),
);
