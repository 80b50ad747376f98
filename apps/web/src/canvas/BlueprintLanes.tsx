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
import { readableFont } from './readability';

/** Room between the lane gutter (left of the row headers, outside the layout's bounds but inside a fit's margin) and the headers. */
const GUTTER_GAP = 3;
/** Average width of a bold character, in ems (a pill's or a caption's width before Konva measures it). */
const CHAR_W = 0.7;
const MIN_FONT = 9;

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
 * The lanes of a service blueprint over the grid: each group of rows has its lane's name in a
 * coloured gutter left of the row headers, and a named dashed line lies between groups (line of
 * interaction, visibility, internal interaction). Drawn from the model's laneGroups, like the PNG
 * export; the words grow when zoomed out, as the other labels (readability.ts).
 */
export const BlueprintLanes = memo(function BlueprintLanes({
  layout,
  textZoom,
}: {
  layout: BoardLayout;
  textZoom: number;
}) {
  const labels = useLaneLabels();
  const { bands, lines } = useMemo(() => blueprintGeometry(layout), [layout]);
  if (bands.length === 0) return null;
  const font = readableFont(11, textZoom, 22);
  const gutter = font + 10;
  const pillH = font + 7;
  return (
    <Group listening={false}>
      {bands.map((band) => {
        const room = band.h - 8;
        const full = labels.lanes[band.lane];
        const text = full.length * font * CHAR_W <= room ? full : labels.short[band.lane];
        // A low lane (one empty row) gets its short name in a smaller font rather than cut.
        const size = Math.max(MIN_FONT, Math.min(font, room / (text.length * CHAR_W)));
        return (
          <Group key={`${band.lane}-${band.y}`}>
            <Rect
              x={-gutter - GUTTER_GAP}
              y={band.y + 1}
              width={gutter}
              height={band.h - 2}
              cornerRadius={4}
              fill={LANE_STYLE[band.lane].fill}
              opacity={0.45}
            />
            <Text
              x={-gutter - GUTTER_GAP + (gutter - size) / 2}
              y={band.y + band.h - 4}
              rotation={-90}
              width={room}
              text={text}
              fontSize={size}
              fontStyle="bold"
              align="center"
              fill={LANE_STYLE[band.lane].text}
              fontFamily={FONT_FAMILY}
              wrap="none"
              ellipsis
            />
          </Group>
        );
      })}
      {lines.map((line) => {
        const text = line.lines.map((l) => labels.lines[l]).join(' · ');
        // Konva measures text only once drawn: an estimate of its width is enough for a pill.
        const width = Math.round(text.length * font * CHAR_W) + 16;
        return (
          <Group key={line.y}>
            <Line
              points={[-gutter - GUTTER_GAP, line.y, line.right, line.y]}
              stroke={LANE_LINE_COLOR}
              strokeWidth={2.5}
              dash={[...LANE_LINE_DASH]}
            />
            <Rect
              x={6}
              y={line.y - pillH / 2}
              width={width}
              height={pillH}
              cornerRadius={pillH / 2}
              fill="#fff"
              stroke={LANE_LINE_COLOR}
              strokeWidth={1}
            />
            <Text
              x={6}
              y={line.y - pillH / 2}
              width={width}
              height={pillH}
              align="center"
              verticalAlign="middle"
              text={text}
              fontSize={font}
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
