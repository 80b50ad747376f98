/**
 * The baseline a team would write first with react-konva: every card is a Group of Rect + Text,
 * all drawn every frame (no culling, no caching), the stage panned and zoomed by the wheel and
 * cards dragged with Konva's own dragging. Same card count, size and texts as the Parcours board.
 */
import type Konva from 'konva';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Group, Layer, Rect, Stage, Text } from 'react-konva';
import { BENCH_GRID, benchCardCell, benchCardText } from '../fixtures/benchCards';

const COLORS = ['#fff3b0', '#ffd6d6', '#d6f5d6', '#e0e7ff'];
const CARD_W = 160;
const CARD_H = 90;
const GAP = 12;

interface NaiveCard {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly color: string;
}

/** Cards in an 8 x 5 grid of cells, stacked in each cell like the board's cells. */
function makeCards(count: number): NaiveCard[] {
  const perCell = Math.ceil(count / (BENCH_GRID.columns * BENCH_GRID.rows));
  const cellW = CARD_W + 2 * GAP;
  const cellH = perCell * (CARD_H + GAP) + GAP;
  return Array.from({ length: count }, (_, i) => {
    const { phase: column, channel: row } = benchCardCell(i);
    const slot = Math.floor(i / (BENCH_GRID.columns * BENCH_GRID.rows));
    return {
      id: `c${i}`,
      x: column * cellW + GAP,
      y: row * cellH + GAP + slot * (CARD_H + GAP),
      text: benchCardText(i),
      color: COLORS[i % COLORS.length]!,
    };
  });
}

export function NaiveBoard({ count }: { count: number }) {
  const cards = useMemo(() => makeCards(count), [count]);
  const stage = useRef<Konva.Stage>(null);
  const [size] = useState({ width: window.innerWidth, height: window.innerHeight });

  useEffect(() => {
    // Reported once the first frame with every card is on screen.
    requestAnimationFrame(() => {
      (window as unknown as { __naiveFirstPaint: number }).__naiveFirstPaint = performance.now();
    });
    const container = stage.current?.container();
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const s = stage.current;
      if (!s) return;
      if (e.ctrlKey) {
        const old = s.scaleX();
        const scale = old * Math.exp(-e.deltaY * 0.01);
        const pointer = { x: e.clientX, y: e.clientY };
        const anchor = { x: (pointer.x - s.x()) / old, y: (pointer.y - s.y()) / old };
        s.scale({ x: scale, y: scale });
        s.position({ x: pointer.x - anchor.x * scale, y: pointer.y - anchor.y * scale });
      } else {
        s.position({ x: s.x() - e.deltaX, y: s.y() - e.deltaY });
      }
      s.batchDraw();
    };
    container?.addEventListener('wheel', onWheel, { passive: false });
    return () => container?.removeEventListener('wheel', onWheel);
  }, []);

  return (
    <Stage ref={stage} width={size.width} height={size.height}>
      <Layer>
        {cards.map((card) => (
          <Group key={card.id} id={card.id} x={card.x} y={card.y} draggable>
            <Rect width={CARD_W} height={CARD_H} fill={card.color} stroke="#94a3b8" cornerRadius={6} />
            <Text x={8} y={8} width={CARD_W - 16} height={CARD_H - 16} text={card.text} fontSize={13} fill="#1e293b" />
          </Group>
        ))}
      </Layer>
    </Stage>
  );
}
