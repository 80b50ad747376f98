import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { toJson } from '../format/toJson';
import type { CardJson } from '../schema';
import { createBoardDoc } from '../templates/createBoardDoc';
import { decodePng } from '../testing/pngPixels';
import { layoutMap } from './layout';
import { renderPng } from './renderPng';

const hash = (n: number) => n.toString(16).padStart(64, '0');

/** A journey whose first cell holds 5 cards with pictures (3 are drawn) and another cell 2 cards sharing one. */
function mapWithPictures() {
  const map = toJson(createBoardDoc({ title: 'Photos', locale: 'fr', template: 'blank' }));
  const journey = map.journeys[0]!;
  journey.phases = [{ id: 'p1', name: 'Achat' }];
  journey.channels = [
    { id: 'c1', name: 'Site' },
    { id: 'c2', name: 'Magasin' },
  ];
  const card = (id: string, channelId: string, n: number): CardJson => ({
    id,
    kind: 'touchpoint',
    phaseId: 'p1',
    channelId,
    text: `Carte ${id}`,
    image: { hash: hash(n), width: 400, height: 300 },
  });
  journey.cards = [1, 2, 3, 4, 5].map((n) => card(`a${n}`, 'c1', n)).concat([card('b1', 'c2', 9), card('b2', 'c2', 9)]);
  return map;
}

describe('pictures in the PNG export', () => {
  it('loads the pictures of the drawn cards only, each hash once, and draws them', async () => {
    const map = mapWithPictures();
    expect(layoutMap(map).cards).toHaveLength(5);
    const asked: string[] = [];
    const green = createCanvas(40, 30);
    const ctx = green.getContext('2d');
    ctx.fillStyle = '#00ff00';
    ctx.fillRect(0, 0, 40, 30);
    const png = await renderPng(map, {
      createCanvas,
      loadImage: async (h) => {
        asked.push(h);
        return green;
      },
    });
    expect(asked.sort()).toEqual([hash(1), hash(2), hash(3), hash(9)]);
    const { data } = await decodePng(png);
    let greenPixels = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 30 && data[i + 1]! > 230 && data[i + 2]! < 30) greenPixels++;
    expect(greenPixels).toBeGreaterThan(4 * 30 * 20);
  });

  it('draws a card without its picture when loading fails, and without a loader', async () => {
    const map = mapWithPictures();
    await expect(
      renderPng(map, { createCanvas, loadImage: async () => Promise.reject(new Error('gone')) }),
    ).resolves.toBeInstanceOf(Uint8Array);
    await expect(renderPng(map, { createCanvas })).resolves.toBeInstanceOf(Uint8Array);
  });
});
