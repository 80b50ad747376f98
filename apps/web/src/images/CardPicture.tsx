/**
 * A card's picture in its side panel: shown full size (the panel's width), with its description
 * for screen readers; editors add, replace or remove it and write the description. The upload
 * shows its progress here and on the card.
 */
import { type Card, updateCard } from '@parcours/journey';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../store/boardStore';
import { DebouncedText } from '../ui/common/DebouncedText';
import { Dialog } from '../ui/common/Dialog';
import { addImage } from './addImage';
import { imageUrl } from './imageApi';
import { cardUpload, useUploadStore } from './uploadStore';
import './images.css';

export function CardPicture({ card, readOnly }: { card: Card; readOnly: boolean }) {
  const { t } = useTranslation('images');
  const doc = useBoardStore((s) => s.doc);
  const boardId = useBoardStore((s) => s.boardId);
  const token = useBoardStore((s) => s.tokens.current);
  const upload = useUploadStore((s) => cardUpload(s.uploads, card.id));
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const image = card.image;
  if (!doc || !boardId || !token || (readOnly && !image)) return null;
  const src = image && imageUrl(boardId, token, image.hash, 'full');
  return (
    <div className="field card-picture" data-testid="card-picture">
      <span className="field-label">{t('picture')}</span>
      {image && src && (
        <button type="button" className="card-picture-open" onClick={() => setOpen(true)} aria-label={t('open')}>
          <img src={src} alt={image.alt ?? ''} width={image.width} height={image.height} />
        </button>
      )}
      {upload && (
        <progress
          max={1}
          value={upload.progress}
          aria-label={
            upload.progress < 1
              ? t('uploading', { name: upload.name, percent: Math.round(upload.progress * 100) })
              : t('processing', { name: upload.name })
          }
        />
      )}
      {image && (
        <DebouncedText
          name="alt"
          label={t('alt')}
          value={image.alt ?? ''}
          readOnly={readOnly}
          placeholder={t('altHint')}
          maxLength={2000}
          onCommit={(alt) => {
            const current = useBoardStore.getState().snapshot?.cards[card.id]?.image;
            if (!current) return;
            const { alt: _, ...rest } = current;
            updateCard(doc, { cardId: card.id, image: alt.trim() ? { ...rest, alt } : rest });
          }}
        />
      )}
      {!readOnly && (
        <div className="row">
          <button type="button" className="button" disabled={!!upload} onClick={() => input.current?.click()}>
            {image ? t('replace') : t('add')}
          </button>
          {image && (
            <button type="button" className="button" onClick={() => updateCard(doc, { cardId: card.id, image: null })}>
              {t('remove')}
            </button>
          )}
          <input
            ref={input}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif,image/avif"
            hidden
            data-testid="card-picture-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void addImage(file, { cardId: card.id });
            }}
          />
        </div>
      )}
      {open && image && src && (
        <Dialog title={image.alt || t('picture')} onClose={() => setOpen(false)}>
          <img className="card-picture-full" src={src} alt={image.alt ?? ''} />
        </Dialog>
      )}
    </div>
  );
}
