/** A card's picture as a small thumbnail, for the table and linear views (the canvas draws its own). */
import type { Card } from '@parcours/journey';
import { useBoardStore } from '../store/boardStore';
import { imageUrl } from './imageApi';
import './images.css';

export function CardThumb({ card }: { card: Card }) {
  const boardId = useBoardStore((s) => s.boardId);
  const token = useBoardStore((s) => s.tokens.current);
  if (!card.image || !boardId || !token) return null;
  return (
    <img
      className="card-thumb"
      src={imageUrl(boardId, token, card.image.hash, 'thumb')}
      alt={card.image.alt ?? ''}
      width={card.image.width}
      height={card.image.height}
      loading="lazy"
      data-testid="card-thumb"
    />
  );
}
