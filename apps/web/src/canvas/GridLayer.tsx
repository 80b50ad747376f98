import { BOARD_COLORS, cellKey, type JourneyView, kpiGaps } from '@parcours/journey';
import { memo, useMemo } from 'react';
import { Group, Layer, Rect, Shape, Text } from 'react-konva';
import { useFormatNumber } from '../i18n/formatNumber';
import { useBoardStore } from '../store/boardStore';
import { quoted } from '../ui/common/quoted';
import { BlueprintLanes } from './BlueprintLanes';
import { FONT_FAMILY } from './cardStyle';
import { EmotionLane } from './EmotionLane';
import { removeGlyphRect } from './hitTest';
import { type BoardLayout, KPI_LINE_H, PERSONA_H } from './layout';
import { labelFonts } from './readability';
import type { CanvasStrings } from './useCanvasStrings';

interface GridLayerProps {
  readonly view: JourneyView;
  readonly layout: BoardLayout;
  readonly editable: boolean;
  readonly strings: CanvasStrings;
  /** The zoom rounded to where label sizes change (readability.textZoomOf): labels stay readable. */
  readonly textZoom: number;
}

const HEADER_FILL = BOARD_COLORS.phaseHeader;
const ROW_FILL = BOARD_COLORS.rowAlt;
const LINE = BOARD_COLORS.line;

/** The static part of the board: persona, headers, KPIs, cells, tray and emotion lane. Nothing listens. */
export const GridLayer = memo(function GridLayer({ view, layout, editable, strings, textZoom }: GridLayerProps) {
  const gaps = useMemo(() => new Map(kpiGaps(view).map((g) => [g.kpi.id, g])), [view]);
  const format = useFormatNumber();
  // Where the toolbar adds cards: shown so "add" is never a surprise.
  const activeCell = useBoardStore((s) => s.activeCell);
  const active = activeCell && layout.cellByKey.get(cellKey(activeCell.phaseId, activeCell.channelId));
  const persona = view.persona;
  const personaLine = persona
    ? [persona.name, persona.segment].filter(Boolean).join(' · ') + (persona.quote ? `   ${quoted(persona.quote)}` : '')
    : strings('noPersona');
  const fonts = labelFonts(textZoom);
  return (
    <Layer listening={false}>
      <Group x={layout.persona.x} y={layout.persona.y}>
        <Rect width={layout.persona.w} height={layout.persona.h} fill="#fff" stroke={LINE} cornerRadius={10} />
        <Rect x={14} y={12} width={36} height={36} cornerRadius={18} fill="#c7d2fe" />
        <Text
          x={14}
          y={22}
          width={36}
          align="center"
          text={(persona?.name.trim()[0] ?? '?').toUpperCase()}
          fontSize={17}
          fontStyle="bold"
          fill="#3730a3"
          fontFamily={FONT_FAMILY}
        />
        <Text x={62} y={10} text={view.journey.title} fontSize={12} fill="#6b7280" fontFamily={FONT_FAMILY} />
        <Text
          x={62}
          y={Math.min(28, PERSONA_H - fonts.persona - 6)}
          width={layout.persona.w - 76}
          height={fonts.persona + 6}
          text={personaLine}
          fontSize={fonts.persona}
          fontStyle="bold"
          fill={BOARD_COLORS.title}
          fontFamily={FONT_FAMILY}
          wrap="none"
          ellipsis
        />
      </Group>

      {layout.rows.map((row, i) => (
        <Group key={row.channel.id}>
          <Rect
            x={row.header.x}
            y={row.y}
            width={layout.grid.x + layout.grid.w}
            height={row.h}
            fill={i % 2 ? ROW_FILL : BOARD_COLORS.row}
          />
          <Rect {...toKonva(row.header)} fill={BOARD_COLORS.rowHeader} stroke={LINE} strokeWidth={1} />
          <Text
            x={14}
            y={row.y + 14}
            width={row.header.w - 40}
            height={row.h - 20}
            text={row.channel.name}
            fontSize={fonts.channel}
            fontStyle="bold"
            fill={BOARD_COLORS.rowHeaderText}
            fontFamily={FONT_FAMILY}
            ellipsis
          />
          {editable && <RemoveGlyph header={row.header} dark={false} />}
        </Group>
      ))}
      <Shape
        perfectDrawEnabled={false}
        sceneFunc={(ctx) => {
          // All cell borders as one path: one stroke instead of one node per cell.
          const c = ctx._context;
          c.beginPath();
          for (const cell of layout.cells) c.rect(cell.rect.x, cell.rect.y, cell.rect.w, cell.rect.h);
          c.strokeStyle = LINE;
          c.lineWidth = 1;
          c.stroke();
        }}
      />

      <BlueprintLanes layout={layout} textZoom={textZoom} />

      {active && editable && (
        <Rect {...toKonva(active.rect)} fill="rgba(37,99,235,0.04)" stroke="rgba(37,99,235,0.55)" strokeWidth={2} />
      )}

      {layout.columns.map((col) => (
        <Group key={col.phase.id}>
          <Rect {...toKonva(col.header)} fill={HEADER_FILL} stroke="#fff" strokeWidth={1} cornerRadius={[8, 8, 0, 0]} />
          <Text
            x={col.header.x + 14}
            y={col.header.y + 10}
            width={col.header.w - 44}
            height={col.header.h - 14}
            text={col.phase.name}
            fontSize={fonts.phase}
            fontStyle="bold"
            fill={BOARD_COLORS.phaseHeaderText}
            fontFamily={FONT_FAMILY}
            verticalAlign="middle"
            ellipsis
          />
          {editable && <RemoveGlyph header={col.header} dark />}
          {layout.kpi &&
            col.phase.kpis.slice(0, layout.kpiLines).map((kpi, i) => {
              const gap = gaps.get(kpi.id);
              const unit = kpi.unit ?? '';
              const value = kpi.value === undefined ? '—' : `${format(kpi.value, { digits: 2 })}${unit}`;
              const target = kpi.target === undefined ? '' : ` / ${format(kpi.target, { digits: 2 })}${unit}`;
              return (
                <Text
                  key={kpi.id}
                  x={col.x + 10}
                  y={layout.kpi!.y + 6 + i * KPI_LINE_H}
                  width={col.w - 20}
                  text={`${gap ? (gap.met ? '▲' : '▼') : '•'} ${kpi.name} : ${value}${target}`}
                  fontSize={12}
                  fontStyle="bold"
                  fill={gap ? (gap.met ? BOARD_COLORS.kpiMet : BOARD_COLORS.kpiMissed) : BOARD_COLORS.muted}
                  fontFamily={FONT_FAMILY}
                  wrap="none"
                  ellipsis
                />
              );
            })}
        </Group>
      ))}
      {layout.kpi && <Rect {...toKonva(layout.kpi)} stroke={LINE} strokeWidth={1} fill="rgba(255,255,255,0.6)" />}

      {editable && (
        <>
          <AddSlot rect={layout.addPhase} text="+" fontSize={26} />
          <AddSlot rect={layout.addChannel} text={strings('addChannel')} fontSize={14} />
        </>
      )}

      <Rect {...toKonva(layout.tray.rect)} fill="#f3f0ea" stroke="#c9c1b1" cornerRadius={10} />
      <Text
        x={layout.trayHeader.x + 14}
        y={layout.trayHeader.y + 14}
        text={`${strings('unplaced')} (${view.unplaced.length})`}
        fontSize={fonts.tray}
        fontStyle="bold"
        fill="#6b5d45"
        fontFamily={FONT_FAMILY}
      />

      <EmotionLane view={view} layout={layout} label={strings('emotion')} textZoom={textZoom} />
    </Layer>
  );
});

/** The dashed place where a click adds a phase (after the last column) or a channel (under the last row). */
function AddSlot(props: { rect: { x: number; y: number; w: number; h: number }; text: string; fontSize: number }) {
  const { rect } = props;
  return (
    <Group x={rect.x} y={rect.y}>
      <Rect width={rect.w} height={rect.h} cornerRadius={8} fill="#fff" stroke="#9aa4b8" dash={[4, 4]} />
      <Text
        width={rect.w}
        height={rect.h}
        text={props.text}
        fontSize={props.fontSize}
        align="center"
        verticalAlign="middle"
        fill="#4b5563"
        fontFamily={FONT_FAMILY}
      />
    </Group>
  );
}

function RemoveGlyph({ header, dark }: { header: BoardLayout['columns'][number]['header']; dark: boolean }) {
  const r = removeGlyphRect(header);
  return (
    <Text
      {...toKonva(r)}
      text="×"
      fontSize={18}
      align="center"
      verticalAlign="middle"
      fill={dark ? 'rgba(255,255,255,0.6)' : 'rgba(45,54,72,0.5)'}
    />
  );
}

function toKonva(r: { x: number; y: number; w: number; h: number }) {
  return { x: r.x, y: r.y, width: r.w, height: r.h };
}
