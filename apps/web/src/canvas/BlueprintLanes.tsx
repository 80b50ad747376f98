import {
  LANE_LABELS,
  LANE_LINE_COLOR,
  LANE_LINE_DASH,
  LANE_STYLE,
  type Lane,
  type LaneLine,
  laneGroups,
} from '@parcours/journey';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Line, Rect, Text } from 'react-konva';
import { useBoardStore } from '../store/boardStore';
import { FONT_FAMILY } from './cardStyle';
import type { BoardLayout } from './layout';

const STRIPE = 5;
const PILL_H = 18;
const FONT = 11;

/** The lane and line names in the participant's interface language (else the board's), as the canvas strings. */
function useLaneLabels() {
  const { i18n } = useTranslation();
  const boardLocale = useBoardStore((s) => s.snapshot?.board.locale);
  const language = i18n?.language;
  if (language?.startsWith('en')) return LANE_LABELS.en;
  if (language?.startsWith('fr')) return LANE_LABELS.fr;
  return LANE_LABELS[boardLocale === 'en' ? 'en' : 'fr'];
}

/** Where the service-blueprint lanes and lines go on the board (empty when no channel has a lane). */
export function blueprintGeometry(layout: Pick<BoardLayout, 'rows' | 'grid'>) {
  const { groups, boundaries } = laneGroups(layout.rows.map((row) => row.channel));
  const right = layout.grid.x + layout.grid.w;
  const bands = groups.map((g) => {
    const first = layout.rows[g.first]!;
    const last = layout.rows[g.first + g.count - 1]!;
    return { lane: g.lane as Lane, y: first.y, h: last.y + last.h - first.y, firstRow: first };
  });
  const lines = boundaries.map((b) => ({ y: layout.rows[b.row]!.y, right, lines: b.lines as readonly LaneLine[] }));
  return { bands, lines };
}

/**
 * The lanes of a service blueprint over the grid: a coloured stripe and the lane's name on the
 * row headers of each group, and the named dashed line between groups (line of interaction,
 * visibility, internal interaction). Drawn from the model's laneGroups, like the PNG export.
 */
export const BlueprintLanes = memo(function BlueprintLanes({ layout }: { layout: BoardLayout }) {
  const labels = useLaneLabels();
  const { bands, lines } = useMemo(() => blueprintGeometry(layout), [layout]);
  if (bands.length === 0) return null;
  return (
    <Group listening={false}>
      {bands.map((band) => (
        <Group key={`${band.lane}-${band.y}`}>
          <Rect x={0} y={band.y} width={STRIPE} height={band.h} fill={LANE_STYLE[band.lane].fill} />
          <Text
            x={14}
            y={band.firstRow.y + band.firstRow.h - 22}
            width={band.firstRow.header.w - 24}
            text={labels.lanes[band.lane].toUpperCase()}
            fontSize={10}
            fontStyle="bold"
            fill={LANE_STYLE[band.lane].text}
            fontFamily={FONT_FAMILY}
            wrap="none"
            ellipsis
          />
        </Group>
      ))}
      {lines.map((line) => {
        const text = line.lines.map((l) => labels.lines[l]).join(' · ');
        // Konva measures text only once drawn: an estimate of its width is enough for a pill.
        const width = Math.round(text.length * FONT * 0.58) + 16;
        return (
          <Group key={line.y}>
            <Line
              points={[0, line.y, line.right, line.y]}
              stroke={LANE_LINE_COLOR}
              strokeWidth={2.5}
              dash={[...LANE_LINE_DASH]}
            />
            <Rect
              x={STRIPE + 4}
              y={line.y - PILL_H / 2}
              width={width}
              height={PILL_H}
              cornerRadius={PILL_H / 2}
              fill="#fff"
              stroke={LANE_LINE_COLOR}
              strokeWidth={1}
            />
            <Text
              x={STRIPE + 4}
              y={line.y - PILL_H / 2}
              width={width}
              height={PILL_H}
              align="center"
              verticalAlign="middle"
              text={text}
              fontSize={FONT}
              fontStyle="bold"
              fill={LANE_LINE_COLOR}
              fontFamily={FONT_FAMILY}
            />
          </Group>
        );
      })}
    </Group>
  );
});
