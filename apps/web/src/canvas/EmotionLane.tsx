import { BOARD_COLORS, emotionCurve, type JourneyView } from '@parcours/journey';
import { Group, Line, Rect, Shape, Text } from 'react-konva';
import { useFormatNumber } from '../i18n/formatNumber';
import { drawFace, emotionColor, FONT_FAMILY } from './cardStyle';
import type { BoardLayout } from './layout';
import { EMOTION_VALUE_FONT, labelFonts } from './readability';

interface EmotionLaneProps {
  readonly view: JourneyView;
  readonly layout: BoardLayout;
  readonly label: string;
  /** See GridLayer: labels and faces grow when zoomed out so they stay readable. */
  readonly textZoom: number;
}

const PAD = 26;

/**
 * The emotion curve under the grid: one point per phase at the mean of its touchpoints, a band from
 * the lowest to the highest single opinion (disagreement shows as a wide band), a face per point.
 */
export function EmotionLane({ view, layout, label, textZoom }: EmotionLaneProps) {
  const { emotion: lane } = layout;
  const fonts = labelFonts(textZoom);
  const valueFont = fonts.emotionValue;
  // Enlarged (zoomed out): faces grow with the labels, and the count of ratings is left out.
  const grow = valueFont / EMOTION_VALUE_FONT;
  const face = Math.min(13 * grow, (lane.h - 2 * PAD) / 4 + PAD - 4);
  const format = useFormatNumber();
  const curve = emotionCurve(view);
  const yOf = (v: number) => lane.y + PAD + ((2 - v) / 4) * (lane.h - 2 * PAD);
  const centers = new Map(layout.columns.map((c) => [c.phase.id, c.x + c.w / 2]));
  // Consecutive phases with a value form one segment; a phase without any rating breaks the line.
  const segments: { x: number; v: number; min: number; max: number }[][] = [];
  let current: (typeof segments)[number] = [];
  for (const p of curve) {
    const x = centers.get(p.phaseId);
    if (p.value === null || x === undefined) {
      if (current.length) segments.push(current);
      current = [];
      continue;
    }
    current.push({ x, v: p.value, min: p.min ?? p.value, max: p.max ?? p.value });
  }
  if (current.length) segments.push(current);
  return (
    <Group listening={false}>
      <Rect x={0} y={lane.y} width={lane.x} height={lane.h} fill={BOARD_COLORS.rowHeader} cornerRadius={[8, 0, 0, 8]} />
      <Text
        x={14}
        y={lane.y + 14}
        text={label}
        fontSize={fonts.emotionTitle}
        fontStyle="bold"
        fill={BOARD_COLORS.rowHeaderText}
        fontFamily={FONT_FAMILY}
      />
      <Rect
        x={lane.x}
        y={lane.y}
        width={lane.w}
        height={lane.h}
        fill={BOARD_COLORS.lane}
        stroke={BOARD_COLORS.line}
        cornerRadius={[0, 8, 8, 0]}
      />
      {[-2, -1, 0, 1, 2].map((v) => (
        <Line
          key={v}
          points={[lane.x, yOf(v), lane.x + lane.w, yOf(v)]}
          stroke={v === 0 ? BOARD_COLORS.laneZero : BOARD_COLORS.laneLevel}
          strokeWidth={1}
        />
      ))}
      {[2, 0, -2].map((v) => (
        <Shape key={v} sceneFunc={(ctx) => drawFace(ctx._context, 150, yOf(v), 9, v)} />
      ))}
      {segments.map((seg) => (
        <Group key={seg[0]!.x}>
          <Line
            points={[...seg.flatMap((p) => [p.x, yOf(p.max)]), ...[...seg].reverse().flatMap((p) => [p.x, yOf(p.min)])]}
            closed
            fill={BOARD_COLORS.curveBand}
            stroke={seg.length === 1 ? 'rgba(99,102,241,0.4)' : undefined}
            strokeWidth={seg.length === 1 ? 6 : 0}
          />
          <Line
            points={seg.flatMap((p) => [p.x, yOf(p.v)])}
            stroke={BOARD_COLORS.curve}
            strokeWidth={3}
            tension={0.3}
            lineCap="round"
          />
        </Group>
      ))}
      {curve.map((p) => {
        const x = centers.get(p.phaseId);
        if (p.value === null || x === undefined) return null;
        const value = p.value;
        return (
          <Group key={p.phaseId}>
            <Shape sceneFunc={(ctx) => drawFace(ctx._context, x, yOf(value), face, value)} />
            <Text
              x={x + face + 4}
              y={yOf(value) - valueFont * 0.55}
              text={`${format(value, { fixed: true, sign: true })}${grow > 1 ? '' : ` (${p.count})`}`}
              fontSize={valueFont}
              fontFamily={FONT_FAMILY}
              fill={emotionColor(value)}
              fontStyle="bold"
            />
          </Group>
        );
      })}
    </Group>
  );
}
