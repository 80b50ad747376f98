import { timerState } from '@parcours/journey';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { ConnectionBadge } from '../board/ConnectionBadge';
import { playBeep } from '../facilitation/beep';
import { formatRemaining, useNow, useSession } from '../facilitation/useFacilitation';
import { useLeader } from '../facilitation/useLeader';

/**
 * Always on top of the phone view: the board, the connection, the facilitator's timer (a vibration
 * and a beep when it runs out, where the phone allows), the step the workshop is at and the phase
 * the facilitator presents (follow me).
 */
export function PhoneHeader() {
  const { t } = useTranslation('phone');
  const title = useBoardStore((s) => s.snapshot?.board.title ?? '');
  const session = useSession();
  const leader = useLeader();
  const phaseName = useBoardStore((s) => {
    const id = leader?.presenting?.phaseId;
    return id ? (s.snapshot?.phases[id]?.name ?? null) : null;
  });
  const step =
    session.vote?.status === 'open'
      ? 'vote'
      : session.ratingRound?.status === 'open'
        ? 'rate'
        : session.privateMode
          ? 'private'
          : 'map';
  return (
    <header className="phone-top">
      <div className="phone-top-row">
        <h1 className="phone-title">{title || 'Parcours'}</h1>
        <ConnectionBadge />
      </div>
      <div className="phone-top-row phone-status" aria-live="polite">
        <span data-testid="phone-step">
          <span className="visually-hidden">{t('step.label')} : </span>
          {t(`step.${step}`)}
        </span>
        {phaseName && (
          <span className="phone-phase" data-testid="phone-phase">
            {t('phaseNow')} : <strong>{phaseName}</strong>
          </span>
        )}
        <PhoneTimer />
      </div>
    </header>
  );
}

function PhoneTimer() {
  const { t } = useTranslation();
  const session = useSession();
  const running = session.timer !== null && session.timer.endsAt !== null;
  const now = useNow(running, 500);
  const state = timerState(session, now);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (state.status === 'ended' && wasRunning.current) {
      navigator.vibrate?.([300, 150, 300]);
      playBeep();
    }
    wasRunning.current = state.status === 'running';
  }, [state.status]);
  if (state.status === 'idle') return null;
  const label = t(`facilitation.timer.status.${state.status}`);
  return (
    <span
      className={`phone-timer phone-timer-${state.status}`}
      data-testid="phone-timer"
      role="timer"
      aria-label={`${t('facilitation.timer.label')} : ${formatRemaining(state.remainingMs)} (${label})`}
    >
      {formatRemaining(state.remainingMs)}
    </span>
  );
}
