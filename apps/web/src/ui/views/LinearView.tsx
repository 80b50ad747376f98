import { type Card, type Emotion, laneOf, touchpointEmotion } from '@parcours/journey';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CardThumb } from '../../images/CardThumb';
import { useBoardStore } from '../../store/boardStore';
import { useLaneLabels } from '../blueprint/BlueprintPanel';
import { FaceIcon } from '../common/icons';
import { type FlowStep, type LooseCard, linearFlow } from './linearFlow';
import './views.css';

/** The simple form of the map: one line of touchpoints, phase by phase (read-only). */
export function LinearView() {
  const { t } = useTranslation('views');
  const view = useBoardStore((s) => s.view);
  const flow = useMemo(() => (view ? linearFlow(view) : []), [view]);
  if (!view) return null;
  const empty = flow.every((s) => s.steps.length === 0 && s.loose.length === 0);
  return (
    <div className="linear-view" data-testid="linear-view">
      <h2 className="views-title">
        {t('linear.title')} · {view.journey.title}
      </h2>
      {empty && <p className="empty-state">{t('linear.empty')}</p>}
      <ol className="linear-flow">
        {flow.map((section) => (
          <li
            key={section.phase?.id ?? 'tray'}
            className={`linear-section ${section.phase ? '' : 'tray'}`}
            data-phase={section.phase?.name ?? ''}
          >
            <h3 className="linear-phase">{section.phase?.name ?? t('linear.tray')}</h3>
            {section.steps.length === 0 && section.loose.length === 0 && (
              <p className="muted linear-empty">{t('linear.emptyPhase')}</p>
            )}
            {section.steps.length > 0 && (
              <ol className="linear-steps">
                {section.steps.map((step) => (
                  <Step key={step.touchpoint.id} step={step} />
                ))}
              </ol>
            )}
            {section.loose.length > 0 && (
              <ul className="linear-linked linear-loose" aria-label={t('linear.loose')}>
                {section.loose.map((loose) => (
                  <Loose key={loose.card.id} loose={loose} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Step({ step }: { step: FlowStep }) {
  const { t } = useTranslation('views');
  const { t: tb } = useTranslation('blueprint');
  const labels = useLaneLabels();
  const { touchpoint } = step;
  const emotion = faceOf(touchpoint);
  return (
    <li className="linear-step" data-card-id={touchpoint.id}>
      <div className="linear-touchpoint">
        <div className="linear-meta">
          {step.channel && (
            <span className="linear-channel">
              {step.channel.lane ? `${labels.lanes[step.channel.lane]} · ${step.channel.name}` : step.channel.name}
            </span>
          )}
          {touchpoint.keyMoment && (
            <span className="linear-star" role="img" aria-label={t('linear.keyMoment')} title={t('linear.keyMoment')}>
              ★
            </span>
          )}
          {emotion !== null && (
            <span className="linear-face" title={t(`translation:emotions.${emotion}`)}>
              <FaceIcon emotion={emotion} size={20} />
              <span className="visually-hidden">{t(`translation:emotions.${emotion}`)}</span>
            </span>
          )}
        </div>
        <CardThumb card={touchpoint} />
        <p className="linear-text">{touchpoint.text || <span className="muted">{t('linear.noText')}</span>}</p>
      </div>
      {step.served.length > 0 && (
        <ul className="linear-linked linear-served" aria-label={tb('servedBy')}>
          {step.served.map(({ card, channel }) => (
            <li key={card.id} className="linear-linked-card linear-served-card" data-card-id={card.id}>
              {card.text || t('linear.noText')}
              <small className="linear-about">
                {labels.lanes[laneOf(channel)]} · {channel.name}
              </small>
            </li>
          ))}
        </ul>
      )}
      {step.linked.length > 0 && (
        <ul className="linear-linked">
          {step.linked.map((card) => (
            <li key={card.id} className={`linear-linked-card kind-${card.kind}`}>
              <span className="visually-hidden">{t(`translation:kinds.${card.kind}`)} : </span>
              <CardThumb card={card} />
              {card.text || t('linear.noText')}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** An irritant or enchantment of the phase not under one of its touchpoints (unlinked, or about one elsewhere). */
function Loose({ loose }: { loose: LooseCard }) {
  const { t } = useTranslation('views');
  const { card, channel, about } = loose;
  return (
    <li className={`linear-linked-card kind-${card.kind}`} data-card-id={card.id}>
      <span className="visually-hidden">{t(`translation:kinds.${card.kind}`)} : </span>
      <CardThumb card={card} />
      {card.text || t('linear.noText')}
      {(channel || about) && (
        <small className="linear-about">
          {[channel?.name, about && t('linear.about', { text: about.text || t('linear.noText') })]
            .filter(Boolean)
            .join(' · ')}
        </small>
      )}
    </li>
  );
}

/** The face closest to the touchpoint's emotion (ratings' mean, else the facilitator's value). */
function faceOf(card: Card): Emotion | null {
  const value = touchpointEmotion(card);
  if (value === null) return null;
  return Math.max(-2, Math.min(2, Math.round(value))) as Emotion;
}
