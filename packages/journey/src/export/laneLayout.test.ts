import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { LANE_LINE_COLOR, LANE_STYLE } from '../blueprint/lanes';
import { addBlueprintLanes } from '../commands/lanes';
import { toJson } from '../format/toJson';
import { createBoardDoc } from '../templates/createBoardDoc';
import { pixels } from '../testing/pngPixels';
import { fromPng } from './fromPng';
import { layoutMap } from './layout';
import { renderPng } from './renderPng';

describe('service-blueprint lanes in the exported map', () => {
  it('lays out nothing for a map without lanes', () => {
    const map = toJson(createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' }));
    expect(layoutMap(map).blueprint).toEqual({ bands: [], lines: [] });
  });

  it('groups rows by lane and puts the three lines between the groups', () => {
    const map = toJson(createBoardDoc({ locale: 'en', template: 'en-blueprint' }));
    // A channel stored first but in the support lane is drawn last, as on the board.
    const journey = map.journeys[0]!;
    journey.channels = [journey.channels[4]!, ...journey.channels.slice(0, 4)];
    const layout = layoutMap(map);
    expect(layout.rows.map((r) => r.channel.lane ?? 'frontstage')).toEqual([
      'customer',
      'frontstage',
      'frontstage',
      'backstage',
      'support',
    ]);
    const { bands, lines } = layout.blueprint;
    expect(bands.map((b) => b.lane)).toEqual(['customer', 'frontstage', 'backstage', 'support']);
    expect(lines.map((l) => l.lines)).toEqual([['interaction'], ['visibility'], ['internal']]);
    expect(lines.map((l) => l.y)).toEqual([layout.rows[1]!.y, layout.rows[3]!.y, layout.rows[4]!.y]);
    expect(bands[1]!.height).toBe(layout.rows[1]!.height + layout.rows[2]!.height);
  });

  it('draws the lines and lane stripes in the PNG, and the JSON inside keeps the lanes', async () => {
    const doc = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' });
    addBlueprintLanes(doc, { journeyId: toJson(doc).journeys[0]!.id });
    const map = toJson(doc);
    const png = await renderPng(map, { createCanvas, width: 1200 });
    const layout = layoutMap(map, { width: 1200 });
    const at = await pixels(png);
    const [visibility, internal] = layout.blueprint.lines;
    expect(visibility!.lines).toEqual(['visibility']);
    expect(internal!.lines).toEqual(['internal']);
    // A dashed line: its colour somewhere along the boundary, out in the grid past the label.
    const along = (y: number) =>
      Array.from({ length: 40 }, (_, i) => at(layout.grid.x + 400 + i, y)).filter(
        (c) => c === LANE_LINE_COLOR.toLowerCase(),
      );
    expect(along(visibility!.y).length).toBeGreaterThan(10);
    expect(along(internal!.y).length).toBeGreaterThan(10);
    expect(along(layout.rows[1]!.y)).toEqual([]);
    const backstage = layout.blueprint.bands.find((b) => b.lane === 'backstage')!;
    expect(at(backstage.x + 1, backstage.y + 20)).toBe(LANE_STYLE.backstage.fill);
    expect(toJson(fromPng(png))).toEqual(map);
  });
});
