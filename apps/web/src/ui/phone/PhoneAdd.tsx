import { addCardAs, type CardKind } from '@parcours/journey';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { Choice } from '../common/Choice';
import { useSession } from '../facilitation/useFacilitation';
import { CardText, type Details, DetailsFields, filledDetails, KindChoice } from './CardFields';
import { rememberMyCard } from './myCards';
import { useJourneys, usePhoneJourney } from './usePhoneJourney';

const UNKNOWN = '';

/**
 * Ajouter: a phase and a channel (or "je ne sais pas": the tray), a kind, the text and optional
 * details; one addCardAs, as the canvas runs, so private mode, the lock and the server's checks
 * apply the same. The card is on the big screen as soon as the server relays it.
 */
export function PhoneAdd() {
  const { t } = useTranslation('phone');
  const { presentedPhaseId } = usePhoneJourney();
  const journeys = useJourneys();
  const journeyId = useBoardStore((s) => s.journeyId);
  const view = useBoardStore((s) => s.view);
  const privateMode = useSession().privateMode;
  const [phaseId, setPhaseId] = useState<string>(UNKNOWN);
  const [channelId, setChannelId] = useState<string>(UNKNOWN);
  const [kind, setKind] = useState<CardKind>('touchpoint');
  const [text, setText] = useState('');
  const [details, setDetails] = useState<Details>({});
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const ids = useId();

  // The facilitator's presented phase becomes the default, until the person picks one.
  useEffect(() => {
    if (presentedPhaseId) setPhaseId(presentedPhaseId);
  }, [presentedPhaseId]);
  const phases = view?.phases ?? [];
  const channels = view?.channels ?? [];
  const phaseKnown = phases.some((p) => p.id === phaseId);
  const channelKnown = channels.some((c) => c.id === channelId);

  if (!view || !journeyId) return <p className="phone-empty">{t('add.noJourney')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { doc, participant, boardId } = useBoardStore.getState();
    if (!doc || !participant || !boardId) return;
    if (!text.trim()) {
      setStatus({ text: t('add.empty'), error: true });
      return;
    }
    const cell = phaseKnown && channelKnown ? { phaseId, channelId } : null;
    const id = addCardAs(doc, {
      journeyId,
      participantId: participant.id,
      kind,
      text: text.trim(),
      cell,
      ...filledDetails(details),
    });
    if (id) rememberMyCard(boardId, id);
    setText('');
    setDetails({});
    const online = useBoardStore.getState().connection === 'connected';
    setStatus({ text: t(!online ? 'add.addedOffline' : privateMode ? 'add.addedPrivate' : 'add.added') });
  };

  return (
    <form className="phone-form" onSubmit={submit} data-testid="phone-add">
      {journeys.length > 1 && (
        <div className="phone-field">
          <label htmlFor={`${ids}-journey`}>{t('add.journey')}</label>
          <Choice
            id={`${ids}-journey`}
            value={journeyId}
            options={journeys.map((j) => ({ value: j.id, label: j.title }))}
            onChange={(id) => useBoardStore.getState().setJourney(id)}
          />
        </div>
      )}
      <div className="phone-pair">
        <div className="phone-field">
          <label htmlFor={`${ids}-phase`}>{t('add.phase')}</label>
          <Choice
            id={`${ids}-phase`}
            value={phaseKnown ? phaseId : null}
            none={t('add.unknown')}
            options={phases.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(id) => setPhaseId(id ?? UNKNOWN)}
          />
        </div>
        <div className="phone-field">
          <label htmlFor={`${ids}-channel`}>{t('add.channel')}</label>
          <Choice
            id={`${ids}-channel`}
            value={channelKnown ? channelId : null}
            none={t('add.unknown')}
            options={channels.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id) => setChannelId(id ?? UNKNOWN)}
          />
        </div>
      </div>
      {!(phaseKnown && channelKnown) && <p className="phone-hint">{t('add.unknownHint')}</p>}
      <KindChoice value={kind} onChange={setKind} />
      <CardText value={text} onChange={setText} />
      <DetailsFields value={details} onChange={setDetails} />
      <button type="submit" className="button primary phone-submit">
        {t('add.submit')}
      </button>
      <p className={`phone-status-line ${status?.error ? 'error' : ''}`} role="status" data-testid="phone-add-status">
        {status?.text ?? ''}
      </p>
    </form>
  );
}
