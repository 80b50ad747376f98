import { type Card, EMOTIONS, type Emotion, rateEmotion } from '@parcours/journey';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { FaceIcon } from '../common/icons';
import { useSession } from '../facilitation/useFacilitation';
import { inReadingOrder, placeOf } from './readingOrder';
import './phoneTasks.css';

/** A horizontal move of at least this many pixels is a swipe to the next or previous touchpoint. */
const SWIPE_PX = 50;

/**
 * Évaluer: during the facilitator's rating round, one touchpoint at a time (swipe, or Previous /
 * Next), five faces to tap; rateEmotion as on the canvas, then on to the next one not rated yet.
 */
export function PhoneRate() {
  const { t } = useTranslation('phone');
  const round = useSession().ratingRound;
  const snapshot = useBoardStore((s) => s.snapshot);
  const me = useBoardStore((s) => s.participant);
  const readOnly = useBoardStore((s) => !canEdit(s.role));
  const touchpoints = useMemo(() => {
    if (!snapshot || round?.status !== 'open') return [];
    const cards = Object.values(snapshot.cards).filter(
      (c) => c.kind === 'touchpoint' && (round.journeyId === null || c.journeyId === round.journeyId),
    );
    return inReadingOrder(snapshot, cards);
  }, [snapshot, round]);
  const [index, setIndex] = useState(0);
  const swipeStart = useRef<number | null>(null);

  if (round?.status !== 'open') return <p className="phone-empty">{t('rate.closed')}</p>;
  if (!snapshot || !me || touchpoints.length === 0) return <p className="phone-empty">{t('rate.none')}</p>;
  const at = Math.min(index, touchpoints.length - 1);
  const card = touchpoints[at]!;
  const left = touchpoints.filter((c) => c.ratings[me.id] === undefined).length;
  const go = (to: number) => setIndex(Math.max(0, Math.min(touchpoints.length - 1, to)));
  const rate = (emotion: Emotion) => {
    const doc = useBoardStore.getState().doc;
    if (!doc) return;
    rateEmotion(doc, { cardId: card.id, participantId: me.id, emotion });
    // On to the next touchpoint not rated yet (after this one, then from the start).
    const order = [...touchpoints.slice(at + 1), ...touchpoints.slice(0, at)];
    const next = order.find((c: Card) => c.ratings[me.id] === undefined);
    if (next) setIndex(touchpoints.indexOf(next));
  };
  return (
    <section className="phone-rate" aria-labelledby="phone-rate-question" data-testid="phone-rate">
      <p className="phone-progress">
        <span data-testid="phone-rate-position">
          {t('rate.position', { index: at + 1, count: touchpoints.length })}
        </span>
        {' · '}
        <span data-testid="phone-rate-left">{left === 0 ? t('rate.done') : t('rate.left', { count: left })}</span>
      </p>
      <article
        className="phone-card phone-rate-card kind-touchpoint"
        aria-live="polite"
        onPointerDown={(e) => {
          swipeStart.current = e.clientX;
        }}
        onPointerUp={(e) => {
          const start = swipeStart.current;
          swipeStart.current = null;
          if (start === null) return;
          const dx = e.clientX - start;
          if (dx <= -SWIPE_PX) go(at + 1);
          else if (dx >= SWIPE_PX) go(at - 1);
        }}
        onPointerCancel={() => {
          swipeStart.current = null;
        }}
      >
        <small>{placeOf(snapshot, card) ?? t('mine.tray')}</small>
        <p className="phone-card-text" data-testid="phone-rate-text">
          {card.text || t('translation:card.emptyText')}
        </p>
      </article>
      <fieldset className="phone-emotions" disabled={readOnly}>
        <legend id="phone-rate-question">{t('rate.question')}</legend>
        {EMOTIONS.map((emotion) => {
          const chosen = card.ratings[me.id] === emotion;
          return (
            <button
              key={emotion}
              type="button"
              className={`phone-emotion ${chosen ? 'chosen' : ''}`}
              aria-pressed={chosen}
              onClick={() => rate(emotion)}
            >
              <FaceIcon emotion={emotion} />
              <span>{t(`translation:emotions.${emotion}`)}</span>
            </button>
          );
        })}
      </fieldset>
      <div className="phone-row phone-nav">
        <button type="button" className="button" disabled={at === 0} onClick={() => go(at - 1)}>
          {t('rate.previous')}
        </button>
        <button type="button" className="button" disabled={at === touchpoints.length - 1} onClick={() => go(at + 1)}>
          {t('rate.next')}
        </button>
      </div>
      <p className="phone-hint">{t('rate.swipeHint')}</p>
    </section>
  );
}
