import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANES, laneOf } from '../../blueprint/lanes';
import type { CardJson, JourneyMapJson } from '../../schema';
import type { Lane } from '../../types';
import { layoutMap } from '../layout';
import { tileMap } from './mapTiles';

function board(
  phases: number,
  channels: number,
  perCell: readonly number[],
  lanes: readonly (Lane | undefined)[] = [],
): JourneyMapJson {
  const cards: CardJson[] = [];
  for (let p = 0; p < phases; p++) {
    for (let c = 0; c < channels; c++) {
      const n = perCell[(p * channels + c) % perCell.length]!;
      for (let i = 0; i < n; i++) {
        cards.push({
          id: `k${p}-${c}-${i}`,
          kind: 'touchpoint',
          phaseId: `p${p}`,
          channelId: `c${c}`,
          text: `${p}/${c}/${i}`,
        });
      }
    }
  }
  return {
    format: 'parcours/journey-map',
    version: 1,
    title: 'T',
    locale: 'fr',
    personas: [],
    journeys: [
      {
        id: 'j',
        title: 'J',
        phases: Array.from({ length: phases }, (_, i) => ({ id: `p${i}`, name: `P${i}` })),
        channels: Array.from({ length: channels }, (_, i) => {
          const lane = lanes[i];
          return lane ? { id: `c${i}`, name: `C${i}`, lane } : { id: `c${i}`, name: `C${i}` };
        }),
        cards,
        actions: [],
      },
    ],
  };
}

describe('tileMap', () => {
  it('puts every card on exactly one tile, whole, inside the tile, under its own phase header', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 400, max: 2_000 }),
        fc.integer({ min: 200, max: 1_500 }),
        fc.boolean(),
        (phases, channels, perCell, width, height, tall) => {
          const map = board(phases, channels, perCell);
          // Cards of their own heights, as the PDF makes them (whole text), or all alike (the image).
          const cardHeight = tall
            ? (card: CardJson) => {
                const [p, , i] = card.id.slice(1).split('-').map(Number);
                return 50 + ((p! * 7 + i!) % 6) * 14;
              }
            : undefined;
          const layout = layoutMap(map, {
            width: 150 + phases * 170 + 48,
            unbounded: true,
            ...(cardHeight ? { cardHeight } : {}),
          });
          expect(layout.cards).toHaveLength(map.journeys[0]!.cards.length);
          const tiles = tileMap(layout, { width, height }, (name) => `${name} (suite)`);
          const seen = new Map<string, number>();
          for (const { layout: tile } of tiles) {
            const bottom = tile.grid.y + tile.grid.height;
            const header = tile.columns[0]!.height;
            expect(tile.grid.height - header).toBeLessThanOrEqual(Math.max(60, height - header) + 1e-6);
            // As many columns as fit, and at least one.
            expect(tile.grid.width).toBeLessThanOrEqual(Math.max(width, 150 + layout.columns[0]!.width) + 1e-6);
            for (const card of tile.cards) {
              seen.set(card.card.id, (seen.get(card.card.id) ?? 0) + 1);
              expect(card.y + card.height).toBeLessThanOrEqual(bottom + 1e-6);
              expect(card.y).toBeGreaterThanOrEqual(tile.grid.y + tile.columns[0]!.height);
              const column = tile.columns.find((c) => card.x >= c.x && card.x < c.x + c.width);
              expect(column?.phase.id).toBe(card.card.phaseId);
              const row = tile.rows.find((r) => card.y >= r.y && card.y < r.y + r.height);
              expect(row?.channel.id).toBe(card.card.channelId);
            }
          }
          expect(seen.size).toBe(layout.cards.length);
          expect([...seen.values()].every((n) => n === 1)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('names a row continued from the page before', () => {
    const layout = layoutMap(board(2, 1, [40]), { width: 600, unbounded: true });
    const tiles = tileMap(layout, { width: 600, height: 700 }, (name) => `${name} (suite)`);
    expect(tiles.length).toBeGreaterThan(2);
    expect(tiles[0]!.layout.rows[0]!.channel.name).toBe('C0');
    expect(tiles[1]!.layout.rows[0]!.channel.name).toBe('C0 (suite)');
  });

  it('cuts the blueprint lanes with the rows: a band on every tile its rows are on, each line on one tile per column group', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.option(fc.constantFrom(...LANES), { nil: undefined }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 400, max: 1_500 }),
        fc.integer({ min: 200, max: 900 }),
        (phases, lanes, perCell, width, height) => {
          fc.pre(lanes.some((lane) => lane !== undefined));
          const layout = layoutMap(board(phases, lanes.length, perCell, lanes), {
            width: 150 + phases * 170 + 48,
            unbounded: true,
          });
          expect(layout.blueprint.bands.length).toBeGreaterThan(0);
          const tiles = tileMap(layout, { width, height }, (name) => `${name} (suite)`);
          const lineTiles = new Map<number, number>();
          for (const { layout: tile, columns } of tiles) {
            const { bands, lines } = tile.blueprint;
            // Every row of the tile sits inside one band of its own lane, as wide as the tile.
            for (const row of tile.rows) {
              const inside = bands.filter((b) => b.y <= row.y + 1e-6 && row.y + row.height <= b.y + b.height + 1e-6);
              expect(inside).toHaveLength(1);
              expect(inside[0]!.lane).toBe(laneOf(row.channel));
              expect(inside[0]!.width).toBe(tile.grid.width);
            }
            // Bands cover the tile's rows and nothing else.
            const covered = bands.reduce((sum, b) => sum + b.height, 0);
            const rowsHeight = tile.rows.reduce((sum, r) => sum + r.height, 0);
            expect(covered).toBeCloseTo(rowsHeight, 6);
            // A line sits on the top of a row that starts on this tile, the first of its lane group.
            for (const line of lines) {
              const index = tile.rows.findIndex((r) => Math.abs(r.y - line.y) < 1e-6);
              expect(index).toBeGreaterThanOrEqual(0);
              const row = tile.rows[index]!;
              expect(row.channel.name.endsWith('(suite)')).toBe(false);
              const whole = layout.rows.findIndex((r) => r.channel.id === row.channel.id);
              expect(laneOf(layout.rows[whole - 1]?.channel)).not.toBe(laneOf(row.channel));
              expect(line.width).toBe(tile.grid.width);
              lineTiles.set(whole * 1000 + columns[0], (lineTiles.get(whole * 1000 + columns[0]) ?? 0) + 1);
            }
          }
          const columnGroups = new Set(tiles.map((t) => t.columns[0])).size;
          expect(lineTiles.size).toBe(layout.blueprint.lines.length * columnGroups);
          expect([...lineTiles.values()].every((n) => n === 1)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
