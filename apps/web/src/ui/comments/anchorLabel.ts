import type { CommentThread, Snapshot } from '@parcours/journey';
import type { TFunction } from 'i18next';

/** Where a thread sits, as a short label ("Carte « Attente en caisse »", "Sur une carte supprimée"). */
export function anchorLabel(thread: CommentThread, snapshot: Snapshot, t: TFunction<'comments'>): string {
  const { anchor } = thread;
  if (thread.anchorDeleted) return anchor.kind === 'card' ? t('on.deletedCard') : t('on.deleted');
  switch (anchor.kind) {
    case 'card': {
      const text = snapshot.cards[anchor.id]?.text.trim() ?? '';
      return t('on.card', { name: text ? clip(text) : t('on.emptyCard') });
    }
    case 'phase':
      return t('on.phase', { name: clip(snapshot.phases[anchor.id]?.name ?? '') });
    case 'channel':
      return t('on.channel', { name: clip(snapshot.channels[anchor.id]?.name ?? '') });
    case 'persona':
      return t('on.persona', { name: clip(snapshot.personas[anchor.id]?.name ?? '') });
    case 'point':
      return t('on.point');
  }
}

function clip(text: string): string {
  const line = text.split('\n')[0]!;
  return line.length > 48 ? `${line.slice(0, 47)}…` : line;
}
