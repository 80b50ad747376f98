import { pauseTimer, resetTimer, resumeTimer, startTimer, timerState } from '@parcours/journey';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { FacSection } from './FacSection';
import { formatRemaining, useNow, useSession } from './useFacilitation';

const PRESETS_MIN = [1, 3, 5, 10, 15, 20, 30];

/** Facilitator: start (with a duration), pause, resume, reset the shared timer. */
export function TimerControls() {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const session = useSession();
  const now = useNow(session.timer?.endsAt != null, 500);
  const state = timerState(session, now);
  const [minutes, setMinutes] = useState(5);
  if (!doc) return null;
  return (
    <FacSection id="fac-timer" title={t('facilitation.timer.title')}>
      <div className="row fac-row">
        <label className="fac-inline">
          <span>{t('facilitation.timer.duration')}</span>
          <select
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
            data-testid="timer-duration"
            aria-label={t('facilitation.timer.duration')}
          >
            {PRESETS_MIN.map((m) => (
              <option key={m} value={m}>
                {t('facilitation.timer.minutes', { count: m })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button primary"
          onClick={() => startTimer(doc, { durationMs: minutes * 60_000, now: Date.now() })}
        >
          {t('facilitation.timer.start')}
        </button>
      </div>
      {state.status !== 'idle' && (
        <div className="row fac-row">
          <span className="fac-remaining">{formatRemaining(state.remainingMs)}</span>
          {state.status === 'running' && (
            <button type="button" className="button" onClick={() => pauseTimer(doc, { now: Date.now() })}>
              {t('facilitation.timer.pause')}
            </button>
          )}
          {state.status === 'paused' && (
            <button type="button" className="button" onClick={() => resumeTimer(doc, { now: Date.now() })}>
              {t('facilitation.timer.resume')}
            </button>
          )}
          <button type="button" className="button" onClick={() => resetTimer(doc)}>
            {t('facilitation.timer.reset')}
          </button>
        </div>
      )}
    </FacSection>
  );
}
