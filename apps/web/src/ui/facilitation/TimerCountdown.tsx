import { timerState } from '@parcours/journey';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playBeep } from './beep';
import { formatRemaining, useNow, useSession } from './useFacilitation';

/**
 * The countdown everyone sees in the top bar. The timer is an end time in the doc, so a reload or a
 * late joiner shows the same remaining time; at the end it flashes and beeps once, on the devices
 * that saw it run (not on a reload after the end).
 */
/** Drawn, not an emoji: not every system has an emoji font (headless Chromium, some Linux desktops). */
function ClockIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <circle cx="8" cy="9" r="6" />
      <path d="M8 5.5V9l2.2 1.6M6 1.5h4" strokeLinecap="round" />
    </svg>
  );
}

export function TimerCountdown() {
  const { t } = useTranslation();
  const session = useSession();
  const running = session.timer !== null && session.timer.endsAt !== null;
  const now = useNow(running);
  const state = timerState(session, now);
  const [flashing, setFlashing] = useState(false);
  const wasRunning = useRef(false);

  useEffect(() => {
    if (state.status === 'ended' && wasRunning.current) {
      setFlashing(true);
      playBeep();
    }
    if (state.status !== 'ended') setFlashing(false);
    wasRunning.current = state.status === 'running';
  }, [state.status]);

  useEffect(() => {
    if (!flashing) return;
    const timer = setTimeout(() => setFlashing(false), 4000);
    return () => clearTimeout(timer);
  }, [flashing]);

  if (state.status === 'idle') return null;
  const label = t(`facilitation.timer.status.${state.status}`);
  return (
    <output
      className={`fac-countdown fac-${state.status} ${flashing ? 'fac-flash' : ''}`}
      data-testid="timer-countdown"
      data-status={state.status}
      aria-label={`${t('facilitation.timer.label')}: ${formatRemaining(state.remainingMs)} (${label})`}
      title={label}
    >
      <ClockIcon />
      {formatRemaining(state.remainingMs)}
      {state.status !== 'running' && <small> · {label}</small>}
    </output>
  );
}
