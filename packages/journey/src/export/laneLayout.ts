/**
 * Where the service-blueprint lanes go in an exported map (PNG, PDF): a band per group of rows of
 * one lane and the named line(s) between groups, from the rows `layoutMap` placed. Empty when no
 * channel of the journey has a lane, so a plain journey map is drawn as before.
 */
import { type LaneLine, laneGroups } from '../blueprint/lanes';
import type { Lane } from '../types';
import type { Rect, RowLayout } from './layout';

export interface LaneBandLayout extends Rect {
  readonly lane: Lane;
}

export interface LaneLineLayout {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly lines: readonly LaneLine[];
}

export interface BlueprintLayout {
  readonly bands: readonly LaneBandLayout[];
  readonly lines: readonly LaneLineLayout[];
}

export function layoutLanes(rows: readonly RowLayout[]): BlueprintLayout {
  const { groups, boundaries } = laneGroups(rows.map((row) => row.channel));
  const bands = groups.map((group) => {
    const first = rows[group.first]!;
    const last = rows[group.first + group.count - 1]!;
    return { lane: group.lane, x: first.x, y: first.y, width: first.width, height: last.y + last.height - first.y };
  });
  const lines = boundaries.map(({ row, lines }) => ({
    x: rows[row]!.x,
    y: rows[row]!.y,
    width: rows[row]!.width,
    lines,
  }));
  return { bands, lines };
}
