import type { Card } from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import './feedback.css';

/** What customers wrote about a touchpoint in a survey (the import's comment column); read-only. */
export function SurveyFeedback({ card }: { card: Card }) {
  const { t } = useTranslation('plan');
  if (!card.feedback || card.feedback.length === 0) return null;
  return (
    <details className="details survey-feedback" open data-testid="survey-feedback">
      <summary>{t('feedback.title', { count: card.feedback.length })}</summary>
      <ul>
        {card.feedback.map((text, i) => (
          // Two customers can write the same words: the position is the identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that only changes as a whole
          <li key={i}>« {text} »</li>
        ))}
      </ul>
    </details>
  );
}
