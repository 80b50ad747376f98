/**
 * An image file becomes a card's picture, or a new image card (a photo with a caption) in a cell or
 * the tray. The file is uploaded first; the card is written only once the server has the image, so
 * a refused or failed upload leaves the board as it was, and says why.
 */
import { addCard, addCardAs, type Cell, updateCard } from '@parcours/journey';
import i18next from 'i18next';
import { ApiError } from '../api/boards';
import { canEdit, useBoardStore } from '../store/boardStore';
import { toastError } from '../store/toastStore';
import { MAX_UPLOAD_BYTES, uploadImage } from './imageApi';
import { useUploadStore } from './uploadStore';

export type ImageTarget = { readonly cardId: string } | { readonly cell: Cell | null };

/** Files of a paste or a drop that may be images (the server decides by their bytes). */
export function imageFiles(data: DataTransfer | null): File[] {
  if (!data) return [];
  return [...data.files].filter((f) => f.type.startsWith('image/') || f.type === '');
}

let nextKey = 1;

/** Uploads `file` and puts it on the target; resolves with the card's id, or null when refused (already said). */
export async function addImage(file: File, target: ImageTarget): Promise<string | null> {
  const t = (key: string, values?: Record<string, unknown>) => i18next.t(key, { ns: 'images', ...values });
  const state = useBoardStore.getState();
  const { boardId, doc, journeyId } = state;
  const token = state.tokens.current;
  if (!boardId || !doc || !journeyId || !token || !canEdit(state.role)) return null;
  if (file.type === 'image/svg+xml') {
    toastError(t('refused.type'));
    return null;
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    toastError(t('refused.tooBig', { mb: Math.round(MAX_UPLOAD_BYTES / 1024 / 1024) }));
    return null;
  }
  const key = `upload-${nextKey++}`;
  const cardId = 'cardId' in target ? target.cardId : null;
  const uploads = useUploadStore.getState();
  uploads.set({ key, cardId, name: file.name, progress: 0 });
  try {
    const ref = await uploadImage(boardId, token, file, (progress) =>
      useUploadStore.getState().set({ key, cardId, name: file.name, progress }),
    );
    const now = useBoardStore.getState();
    if (now.doc !== doc) return null; // the board closed meanwhile
    if (cardId) {
      if (!now.snapshot?.cards[cardId]) return null; // deleted by someone meanwhile
      const alt = now.snapshot.cards[cardId]?.image?.alt;
      updateCard(doc, { cardId, image: { ...ref, ...(alt ? { alt } : {}) } });
      return cardId;
    }
    const cell = 'cell' in target ? target.cell : null;
    const card = { journeyId: now.journeyId ?? journeyId, kind: 'note' as const, cell, image: ref };
    const participantId = now.participant?.id;
    const id = participantId ? addCardAs(doc, { ...card, participantId }) : addCard(doc, card);
    now.select([id]);
    return id;
  } catch (error) {
    toastError(refusal(error, t));
    return null;
  } finally {
    useUploadStore.getState().done(key);
  }
}

function refusal(error: unknown, t: (key: string, values?: Record<string, unknown>) => string): string {
  if (!(error instanceof ApiError)) return t('refused.failed');
  switch (error.status) {
    case 0:
      return t('refused.network');
    case 413:
      if (/board's images/.test(error.message)) return t('refused.quota');
      if (/pixels/.test(error.message)) return t('refused.tooManyPixels');
      return t('refused.tooBig', { mb: Math.round(MAX_UPLOAD_BYTES / 1024 / 1024) });
    case 415:
      return t('refused.type');
    case 400:
      return t('refused.corrupt');
    case 403:
    case 401:
      return t('refused.rights');
    case 429:
    case 503:
      return t('refused.busy');
    default:
      return t('refused.failed');
  }
}
