import { diffBoards, type PhaseRef } from '@parcours/journey';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { Dialog } from '../common/Dialog';
import { useHistoryStore } from './historyStore';
import { restore, versionSnapshot } from './versionActions';
import { formatWhen } from './when';

/**
 * Confirms a restore: the whole board, or one phase deleted since (with its cards). Says that the
 * current board is saved first and that everyone connected sees the result.
 */
export function RestoreDialog() {
  const { t, i18n } = useTranslation('history');
  const { t: common } = useTranslation();
  const restoring = useHistoryStore((s) => s.restoring);
  const setRestoring = useHistoryStore((s) => s.setRestoring);
  const live = useBoardStore((s) => s.live);
  const [removed, setRemoved] = useState<readonly PhaseRef[]>([]);
  const [choice, setChoice] = useState<string>(restoring?.phaseId ?? 'board');
  const [busy, setBusy] = useState(false);
  const version = restoring?.version;
  useEffect(() => {
    if (!version || !live) return;
    let stale = false;
    void versionSnapshot(version.id).then((snapshot) => {
      if (!stale && snapshot) setRemoved(diffBoards(snapshot, live).summary.phasesRemoved);
    });
    return () => {
      stale = true;
    };
  }, [version, live]);
  if (!restoring || !version) return null;
  const close = () => setRestoring(null);
  const confirm = async () => {
    setBusy(true);
    const scope =
      choice === 'board' ? ({ scope: 'board' } as const) : ({ scope: 'cards', phaseIds: [choice] } as const);
    const ok = await restore(version, scope, {
      done: t('restore.done'),
      forbidden: t('restore.forbidden'),
      failed: t('restore.failed'),
    });
    setBusy(false);
    if (ok) close();
  };
  return (
    <Dialog
      title={t('restore.title', { date: formatWhen(version.createdAt, i18n.language) })}
      onClose={close}
      className="restore-dialog"
      footer={
        <>
          <button type="button" className="button ghost" onClick={close}>
            {common('common.cancel')}
          </button>
          <button type="button" className="button primary" disabled={busy} onClick={() => void confirm()}>
            {t('restore.confirm')}
          </button>
        </>
      }
    >
      <fieldset className="restore-choices">
        <label>
          <input type="radio" name="restore" checked={choice === 'board'} onChange={() => setChoice('board')} />
          {t('restore.board')}
        </label>
        {removed.map((phase) => (
          <label key={phase.phaseId}>
            <input
              type="radio"
              name="restore"
              checked={choice === phase.phaseId}
              onChange={() => setChoice(phase.phaseId)}
            />
            {t('restore.phase', { name: phase.name, count: phase.cards })}
          </label>
        ))}
      </fieldset>
      <p>{t('restore.safety')}</p>
      <p>{t('restore.everyone')}</p>
    </Dialog>
  );
}
