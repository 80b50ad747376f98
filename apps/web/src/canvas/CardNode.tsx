import { type Card, touchpointEmotion, voteCount } from '@parcours/journey';
import { memo } from 'react';
import { Group, Rect, Shape, Text } from 'react-konva';
import { cardFill, drawFace, FONT_FAMILY, KEY_MOMENT_COLOR, KIND_STYLES, SELECTION_COLOR } from './cardStyle';
import { CARD_H, CARD_W } from './layout';

interface CardNodeProps {
  readonly card: Card;
  readonly x: number;
  readonly y: number;
  readonly selected: boolean;
  /** Being dragged: the original stays in place, faded, until the drop. */
  readonly dimmed: boolean;
}

const TEXT_TOP = 26;
const FOOTER_H = 24;
const SEVERITY_MARKS = ['', '●', '●●', '●●●'];

/**
 * One sticky note. Memoised on its props: the model keeps a card's object identity while it does
 * not change, so on a 10,000-card board an edit re-renders one card. Nothing here listens to
 * events (hit-testing is layout math), which spares Konva its hit canvas.
 */
export const CardNode = memo(function CardNode({ card, x, y, selected, dimmed }: CardNodeProps) {
  const style = KIND_STYLES[card.kind];
  const votes = voteCount(card);
  const emotion = card.kind === 'touchpoint' ? touchpointEmotion(card) : null;
  const severity = card.kind === 'irritant' && card.severity ? ` ${SEVERITY_MARKS[card.severity]}` : '';
  return (
    <Group x={x} y={y} opacity={dimmed ? 0.3 : 1} listening={false}>
      <Rect
        y={3}
        width={CARD_W}
        height={CARD_H}
        fill="rgba(30,35,45,0.10)"
        cornerRadius={6}
        perfectDrawEnabled={false}
      />
      <Rect
        width={CARD_W}
        height={CARD_H}
        fill={cardFill(card)}
        cornerRadius={6}
        stroke={selected ? SELECTION_COLOR : 'rgba(30,35,45,0.16)'}
        strokeWidth={selected ? 3 : 1}
        perfectDrawEnabled={false}
      />
      <Rect width={CARD_W} height={5} fill={style.accent} cornerRadius={[6, 6, 0, 0]} perfectDrawEnabled={false} />
      <Text x={9} y={10} text={`${style.icon}${severity}`} fontSize={12} fill={style.accent} fontStyle="bold" />
      {card.keyMoment && <Text x={CARD_W - 24} y={7} text="★" fontSize={17} fill={KEY_MOMENT_COLOR} />}
      <Text
        x={10}
        y={TEXT_TOP}
        width={CARD_W - 20}
        height={CARD_H - TEXT_TOP - FOOTER_H + 4}
        text={card.text}
        fontSize={13}
        lineHeight={1.25}
        fontFamily={FONT_FAMILY}
        wrap="word"
        ellipsis
        fill="#1f2328"
        perfectDrawEnabled={false}
      />
      {emotion !== null && (
        <Shape
          x={9}
          y={CARD_H - FOOTER_H + 4}
          width={16}
          height={16}
          sceneFunc={(ctx) => drawFace(ctx._context, 8, 8, 8, emotion)}
          perfectDrawEnabled={false}
        />
      )}
      {votes > 0 && (
        <Group x={CARD_W - 40} y={CARD_H - FOOTER_H + 3}>
          <Rect width={32} height={18} cornerRadius={9} fill="#5b3fd1" perfectDrawEnabled={false} />
          <Text width={32} height={18} y={3} align="center" text={`● ${votes}`} fontSize={11} fill="#fff" />
        </Group>
      )}
    </Group>
  );
});
