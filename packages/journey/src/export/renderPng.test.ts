import { createCanvas } from '@napi-rs/canvas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyFormatError } from '../format/errors';
import { fromJson } from '../format/fromJson';
import { toJson } from '../format/toJson';
import { BOARD_COLORS, emotionColor, KIND_COLORS } from '../palette';
import type { CardJson, JourneyMapJson } from '../schema';
import { createBoardDoc } from '../templates/createBoardDoc';
import { journeyMapArbitrary } from '../testing/arbitraries';
import { pixels } from '../testing/pngPixels';
import { laneY } from './drawLane';
import { fromPng } from './fromPng';
import { LAYOUT, layoutMap } from './layout';
import { isPng, readPngSize } from './pngText';
import { kpiSummary, renderPng } from './renderPng';

function workshopMap(): JourneyMapJson {
  const map = toJson(createBoardDoc({ title: 'Atelier « été » 🌞', locale: 'fr', template: 'fr-purchase-8' }));
  const journey = map.journeys[0]!;
  const [p0, p1] = journey.phases;
  const [c0, c1] = journey.channels;
  const extra: CardJson[] = [
    {
      id: 'n1',
      kind: 'note',
      phaseId: p0!.id,
      channelId: c0!.id,
      text: 'Noël à l’improviste 🎄🎁 — très long '.repeat(8),
    },
    { id: 't1', kind: 'touchpoint', phaseId: p0!.id, channelId: c1!.id, text: 'Avis clients', ratings: { a: 2, b: 1 } },
    { id: 'e1', kind: 'enchantment', phaseId: p1!.id, channelId: c1!.id, text: '', color: '#123456', keyMoment: true },
    { id: 'i1', kind: 'irritant', phaseId: p1!.id, channelId: c0!.id, text: 'Trop d’étapes', votes: { a: 3 } },
  ];
  journey.cards = [...extra, ...journey.cards];
  // Through a doc, so the hand-made additions are in canonical order, as an export sees them.
  return toJson(fromJson(map));
}

describe('renderPng', () => {
  it('makes a PNG of the requested width times the pixel ratio', async () => {
    const map = workshopMap();
    const png = await renderPng(map, { createCanvas, width: 900, pixelRatio: 2 });
    expect(isPng(png)).toBe(true);
    const layout = layoutMap(map, { width: 900 });
    expect(readPngSize(png)).toEqual({ width: 1800, height: Math.round(layout.height * 2) });
  });

  it('paints each card in its kind colour (or its own) where the layout puts it, with the kind stripe', async () => {
    const map = workshopMap();
    const ratio = 2;
    const at = await pixels(await renderPng(map, { createCanvas, width: 1200, pixelRatio: ratio }));
    const layout = layoutMap(map, { width: 1200 });
    expect(layout.cards.length).toBe(map.journeys[0]!.cards.filter((c) => c.phaseId !== null).length);
    for (const { card, x, y, height } of layout.cards) {
      // Bottom-left inside the card: below the text lines, left of the vote badge.
      const fill = at((x + LAYOUT.cardStripe + 3) * ratio, (y + height - 3) * ratio);
      expect(fill, card.id).toBe(card.color ?? KIND_COLORS[card.kind].fill);
      expect(at((x + 2) * ratio, (y + height / 2) * ratio), card.id).toBe(KIND_COLORS[card.kind].accent);
    }
  });

  it('looks like the board: its card colours, dark phase headers, channel headers and rows', async () => {
    const map = workshopMap();
    const at = await pixels(await renderPng(map, { createCanvas, width: 1200 }));
    const layout = layoutMap(map, { width: 1200 });
    // The board's colours as the canvas draws them (apps/web/src/canvas), written out: an export with
    // a palette of its own (it had one, lighter) fails here.
    const touchpoint = layout.cards.find((c) => c.card.kind === 'touchpoint' && !c.card.color)!;
    expect(at(touchpoint.x + LAYOUT.cardStripe + 3, touchpoint.y + touchpoint.height - 3)).toBe('#e6f0ff');
    expect(at(touchpoint.x + 1, touchpoint.y + touchpoint.height / 2)).toBe('#3b6fd8');
    const [column] = layout.columns;
    const [first, second] = layout.rows;
    expect(at(column!.x + column!.width - 3, column!.y + 3)).toBe('#2d3648');
    expect(at(first!.x + 3, first!.y + first!.height - 3)).toBe('#e4e8f0');
    expect(at(first!.x + first!.width - 3, first!.y + first!.height - 3)).toBe(BOARD_COLORS.row);
    expect(at(second!.x + second!.width - 3, second!.y + second!.height - 3)).toBe(BOARD_COLORS.rowAlt);
  });

  it('draws the emotion curve point of a phase at its mean emotion', async () => {
    const map = workshopMap();
    const at = await pixels(await renderPng(map, { createCanvas, width: 1200 }));
    const layout = layoutMap(map, { width: 1200 });
    const first = layout.columns[0]!;
    expect(at(first.x + first.width / 2, laneY(layout, 1.5))).toBe(emotionColor(1.5));
    expect(at(first.x + first.width / 2, laneY(layout, -1.5))).not.toBe(emotionColor(1.5));
  });

  it('carries the whole map, so the image imports back into the same board', async () => {
    const map = workshopMap();
    const png = await renderPng(map, { createCanvas, width: 800 });
    expect(toJson(fromPng(png))).toStrictEqual(map);
  });

  it('renders any valid map, whatever its texts, and round-trips it', async () => {
    await fc.assert(
      fc.asyncProperty(journeyMapArbitrary(), async (map) => {
        const png = await renderPng(map, { createCanvas, width: 480, pixelRatio: 0.5 });
        expect(toJson(fromPng(png))).toStrictEqual(map);
      }),
      { numRuns: 10 },
    );
  });

  it('draws the journey asked for, and refuses an unknown one', async () => {
    const map = workshopMap();
    map.journeys.push({ ...map.journeys[0]!, id: 'second', phases: [], channels: [], cards: [], actions: [] });
    expect(layoutMap(map, { journeyId: 'second' }).journey?.id).toBe('second');
    await expect(renderPng(map, { createCanvas, journeyId: 'missing' })).rejects.toThrow(
      'No journey has the id "missing"',
    );
  });

  it("sums up a phase's KPIs in the board's language, and makes room for them in the header row", () => {
    const kpis = [
      { id: 'a', name: 'Taux de clics', value: 2.15, target: 3, unit: '%' },
      { id: 'b', name: 'Trafic', value: 12500 },
      { id: 'c', name: 'NPS' },
    ];
    expect(kpiSummary(kpis, 'fr')).toBe('Taux de clics 2,15 % → 3 % · Trafic 12\u202f500 · NPS');
    expect(kpiSummary(kpis, 'en')).toBe('Taux de clics 2.15% → 3% · Trafic 12,500 · NPS');
    const map = workshopMap();
    const plain = layoutMap(map);
    map.journeys[0]!.phases[0]!.kpis = kpis;
    expect(layoutMap(map).rows[0]!.y).toBe(plain.rows[0]!.y + LAYOUT.kpiLineHeight);
  });

  it('explains when a PNG carries no Parcours map, or is not a PNG', () => {
    const plain = new Uint8Array(createCanvas(4, 4).toBuffer('image/png'));
    expect(() => fromPng(plain)).toThrow(JourneyFormatError);
    expect(() => fromPng(plain)).toThrow('This PNG carries no Parcours map');
    expect(() => fromPng(new TextEncoder().encode('{"format":"parcours/journey-map"}'))).toThrow('Not a PNG file');
  });
});
