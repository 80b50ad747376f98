import { type Card, type Cell, type Channel, cellKey, type JourneyView, type Phase } from '@parcours/journey';
import type { Point, Rect } from './geometry';

/**
 * Where everything of a journey sits, in board coordinates (1 unit = 1 CSS pixel at 100% zoom).
 *
 * Cards have one fixed size and flow in a small grid inside their cell. A phase column is 1 to 4
 * cards wide depending on its busiest cell, and a channel row is as tall as its busiest cell needs
 * (lower than a card when the channel has none),
 * so 1 card reads as a sticky note on a roomy cell and 50 cards stay a compact, scannable block
 * instead of a ribbon. The layout is pure: tests and e2e use it to know where things are.
 */

export const CARD_W = 176;
export const CARD_H = 108;
export const CARD_GAP = 12;
export const CELL_PAD = 14;
export const PITCH_X = CARD_W + CARD_GAP;
export const PITCH_Y = CARD_H + CARD_GAP;
export const ROW_HEADER_W = 176;
export const PERSONA_H = 60;
export const PHASE_HEADER_H = 56;
export const HEADER_GAP = 10;
export const KPI_LINE_H = 20;
export const ADD_BUTTON = 48;
export const EMOTION_H = 180;
/** A channel without any card: low, so empty rows do not push the emotion curve off a projected fit. */
export const EMPTY_ROW_H = 76;
export const TRAY_GAP = 56;
export const TRAY_HEADER_H = 44;
export const TRAY_COLS = 2;

/** A cell or the tray: a rectangle where cards flow left to right, top to bottom. */
export interface CardContainer {
  readonly key: string;
  /** null for the tray. */
  readonly cell: Cell | null;
  readonly rect: Rect;
  /** Top-left corner of the first card. */
  readonly inner: Point;
  readonly cols: number;
  readonly cards: readonly Card[];
}

export interface ColumnLayout {
  readonly phase: Phase;
  readonly x: number;
  readonly w: number;
  readonly cols: number;
  readonly header: Rect;
}

export interface RowLayout {
  readonly channel: Channel;
  readonly y: number;
  readonly h: number;
  readonly header: Rect;
}

export interface BoardLayout {
  readonly persona: Rect;
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowLayout[];
  /** The KPI band under the phase headers; null when no phase has a KPI. */
  readonly kpi: Rect | null;
  readonly kpiLines: number;
  /** Cells row by row, then phase by phase. */
  readonly cells: readonly CardContainer[];
  readonly cellByKey: ReadonlyMap<string, CardContainer>;
  /** The area covered by cells. */
  readonly grid: Rect;
  readonly addPhase: Rect;
  readonly addChannel: Rect;
  readonly emotion: Rect;
  readonly tray: CardContainer;
  readonly trayHeader: Rect;
  readonly bounds: Rect;
}

export const TRAY_KEY = 'tray';

/** How many cards wide a phase column is, from the number of cards in its busiest cell. */
export function columnsFor(busiest: number): number {
  if (busiest <= 2) return 1;
  if (busiest <= 6) return 2;
  if (busiest <= 15) return 3;
  return 4;
}

function span(count: number, size: number): number {
  return count * size + Math.max(0, count - 1) * CARD_GAP;
}

export function layoutBoard(view: JourneyView): BoardLayout {
  const { phases, channels } = view;
  const headerY = PERSONA_H + HEADER_GAP;
  const kpiLines = Math.min(4, Math.max(0, ...phases.map((p) => p.kpis.length)));
  const kpiY = headerY + PHASE_HEADER_H;
  const kpiH = kpiLines > 0 ? kpiLines * KPI_LINE_H + 10 : 0;
  const gridY = kpiY + kpiH;

  const counts = (phaseId: string, channelId: string) => view.cells.get(cellKey(phaseId, channelId))?.length ?? 0;
  const columns: ColumnLayout[] = [];
  let x = ROW_HEADER_W;
  for (const phase of phases) {
    const busiest = Math.max(0, ...channels.map((c) => counts(phase.id, c.id)));
    const cols = columnsFor(busiest);
    const w = 2 * CELL_PAD + span(cols, CARD_W);
    columns.push({ phase, x, w, cols, header: { x, y: headerY, w, h: PHASE_HEADER_H } });
    x += w;
  }
  const gridRight = x;

  const rows: RowLayout[] = [];
  let y = gridY;
  for (const channel of channels) {
    let lines = 0;
    for (const col of columns) lines = Math.max(lines, Math.ceil(counts(col.phase.id, channel.id) / col.cols));
    const h = lines === 0 ? EMPTY_ROW_H : 2 * CELL_PAD + span(lines, CARD_H);
    rows.push({ channel, y, h, header: { x: 0, y, w: ROW_HEADER_W, h } });
    y += h;
  }
  const gridBottom = y;

  const cells: CardContainer[] = [];
  const cellByKey = new Map<string, CardContainer>();
  for (const row of rows) {
    for (const col of columns) {
      const key = cellKey(col.phase.id, row.channel.id);
      const cell: CardContainer = {
        key,
        cell: { phaseId: col.phase.id, channelId: row.channel.id },
        rect: { x: col.x, y: row.y, w: col.w, h: row.h },
        inner: { x: col.x + CELL_PAD, y: row.y + CELL_PAD },
        cols: col.cols,
        cards: view.cells.get(key) ?? [],
      };
      cells.push(cell);
      cellByKey.set(key, cell);
    }
  }

  const addPhase = { x: gridRight + 8, y: headerY, w: ADD_BUTTON, h: PHASE_HEADER_H };
  const addChannel = { x: 0, y: gridBottom + 8, w: ROW_HEADER_W, h: 40 };
  const emotion = {
    x: ROW_HEADER_W,
    y: addChannel.y + addChannel.h + 16,
    w: Math.max(gridRight - ROW_HEADER_W, 320),
    h: EMOTION_H,
  };

  const trayX = addPhase.x + addPhase.w + TRAY_GAP;
  const trayW = 2 * CELL_PAD + span(TRAY_COLS, CARD_W);
  const trayLines = Math.max(1, Math.ceil(view.unplaced.length / TRAY_COLS));
  const trayH = Math.max(TRAY_HEADER_H + CELL_PAD + span(trayLines, CARD_H), gridBottom - headerY);
  const tray: CardContainer = {
    key: TRAY_KEY,
    cell: null,
    rect: { x: trayX, y: headerY, w: trayW, h: trayH },
    inner: { x: trayX + CELL_PAD, y: headerY + TRAY_HEADER_H },
    cols: TRAY_COLS,
    cards: view.unplaced,
  };
  const right = trayX + trayW;
  const bottom = Math.max(emotion.y + emotion.h, headerY + trayH);
  return {
    persona: { x: 0, y: 0, w: Math.max(gridRight, 480), h: PERSONA_H },
    columns,
    rows,
    kpi: kpiLines > 0 ? { x: ROW_HEADER_W, y: kpiY, w: gridRight - ROW_HEADER_W, h: kpiH } : null,
    kpiLines,
    cells,
    cellByKey,
    grid: { x: ROW_HEADER_W, y: gridY, w: gridRight - ROW_HEADER_W, h: gridBottom - gridY },
    addPhase,
    addChannel,
    emotion,
    tray,
    trayHeader: { x: trayX, y: headerY, w: trayW, h: TRAY_HEADER_H },
    bounds: { x: 0, y: 0, w: right, h: bottom },
  };
}

/** The rectangle of the card at `index` in a container. */
export function cardRectAt(container: Pick<CardContainer, 'inner' | 'cols'>, index: number): Rect {
  const col = index % container.cols;
  const row = Math.floor(index / container.cols);
  return { x: container.inner.x + col * PITCH_X, y: container.inner.y + row * PITCH_Y, w: CARD_W, h: CARD_H };
}

export interface CardPlace {
  readonly container: CardContainer;
  readonly index: number;
}

/** Where each card is: built on demand (selection outlines, presence, e2e), not on every render. */
export function locateCards(layout: BoardLayout): Map<string, CardPlace> {
  const out = new Map<string, CardPlace>();
  for (const container of [...layout.cells, layout.tray]) {
    container.cards.forEach((card, index) => {
      out.set(card.id, { container, index });
    });
  }
  return out;
}

/** All containers, the tray last. */
export function containersOf(layout: BoardLayout): readonly CardContainer[] {
  return [...layout.cells, layout.tray];
}

/**
 * What the presentation shows of a phase: its column from the header down through every channel to
 * the bottom of the emotion lane (its segment of the curve), with a small margin around.
 */
export function phaseFrame(layout: BoardLayout, phaseIndex: number, margin = 12): Rect | null {
  const column = layout.columns[phaseIndex];
  if (!column) return null;
  const top = column.header.y;
  const bottom = layout.emotion.y + layout.emotion.h;
  return { x: column.x - margin, y: top - margin, w: column.w + 2 * margin, h: bottom - top + 2 * margin };
}

/**
 * The parts of the board that hold something, for fits that may tuck an overlay into an empty
 * corner of the bounding box: persona, headers and grid (with the add buttons), the tray, and the
 * emotion lane with its label.
 */
export function contentRects(layout: BoardLayout): Rect[] {
  const top = Math.min(layout.persona.y, layout.addPhase.y);
  return [
    {
      x: 0,
      y: top,
      w: Math.max(layout.persona.x + layout.persona.w, layout.addPhase.x + layout.addPhase.w),
      h: layout.addChannel.y + layout.addChannel.h - top,
    },
    layout.tray.rect,
    { x: 0, y: layout.emotion.y, w: layout.emotion.x + layout.emotion.w, h: layout.emotion.h },
  ];
}
