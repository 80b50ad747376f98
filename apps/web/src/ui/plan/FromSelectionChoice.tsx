import { createActionFromCards, createActionsPerCard } from '@parcours/journey';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';

/**
 * Several cards selected: one action per card, or one action for all of them under a title the
 * facilitator types (never silently the first card's text for the whole group).
 */
export function FromSelectionChoice(props: { journeyId: string; cardIds: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation('plan');
  const doc = useBoardStore((s) => s.doc);
  const [title, setTitle] = useState('');
  const count = props.cardIds.length;
  const perCard = () => {
    if (doc) createActionsPerCard(doc, { journeyId: props.journeyId, cardIds: props.cardIds });
    props.onDone();
  };
  const together = (event: FormEvent) => {
    event.preventDefault();
    if (!doc || !title.trim()) return;
    createActionFromCards(doc, { journeyId: props.journeyId, cardIds: props.cardIds, title: title.trim() });
    props.onDone();
  };
  return (
    <section className="plan-choice" aria-label={t('choice.label', { count })}>
      <p>{t('choice.question', { count })}</p>
      <button type="button" className="button" onClick={perCard}>
        {t('choice.perCard', { count })}
      </button>
      <form className="plan-choice-together" onSubmit={together}>
        <input
          aria-label={t('choice.title')}
          placeholder={t('choice.title')}
          value={title}
          maxLength={2000}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="button primary" disabled={!title.trim()}>
          {t('choice.together', { count })}
        </button>
      </form>
      <button type="button" className="button ghost" onClick={props.onDone}>
        {t('choice.cancel')}
      </button>
    </section>
  );
}
