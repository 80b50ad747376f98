import { diffBoards } from '@parcours/journey';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { Dialog } from '../common/Dialog';
import type { RestoreScope } from './historyApi';
import { useHistoryStore } from './historyStore';
import { restore, versionSnapshot } from './versionActions';
import { formatWhen } from './when';

/**
 * Confirms a restore: the whole board, the journey on screen (when the board has several), a phase
 * deleted since (with its cards), or the cards deleted since. Says that the current board is saved
 * first and that everyone connected sees the result.
 */
export function RestoreDialog() {
  const { t, i18n } = useTranslation('history');
  const { t: common } = useTranslation();
  const restoring = useHistoryStore((s) => s.restoring);
  const setRestoring = useHistoryStore((s) => s.setRestoring);
  const live = useBoardStore((s) => s.live);
  const journeyId = useBoardStore((s) => s.journeyId);
  const [options, setOptions] = useState<readonly Option[]>([]);
  const [choice, setChoice] = useState<string>(
    restoring?.cardIds ? 'selected' : restoring?.phaseId ? `phase:${restoring.phaseId}` : 'board',
  );
  const selected = restoring?.cardIds;
  const [busy, setBusy] = useState(false);
  const version = restoring?.version;
  useEffect(() => {
    if (!version || !live) return;
    let stale = false;
    void versionSnapshot(version.id).then((snapshot) => {
      if (stale || !snapshot) return;
      const diff = diffBoards(snapshot, live);
      const next: Option[] = [];
      if (selected && selected.length > 0)
        next.push({
          key: 'selected',
          label: t('restore.selected', { count: selected.length }),
          scope: { scope: 'cards', cardIds: [...selected] },
        });
      const journey = journeyId ? snapshot.journeys[journeyId] : undefined;
      if (journey && Object.keys(snapshot.journeys).length > 1)
        next.push({
          key: 'journey',
          label: t('restore.journey', { title: journey.title }),
          scope: { scope: 'journey', journeyId: journey.id },
        });
      for (const phase of diff.summary.phasesRemoved)
        next.push({
          key: `phase:${phase.phaseId}`,
          label: t('restore.phase', { name: phase.name, count: phase.cards }),
          scope: { scope: 'cards', phaseIds: [phase.phaseId] },
        });
      if (diff.cards.removed.length > 0)
        next.push({
          key: 'cards',
          label: t('restore.cards', { count: diff.cards.removed.length }),
          scope: { scope: 'cards', cardIds: [...diff.cards.removed] },
        });
      setOptions(next);
    });
    return () => {
      stale = true;
    };
  }, [version, live, journeyId, selected, t]);
  if (!restoring || !version) return null;
  const close = () => setRestoring(null);
  const confirm = async () => {
    setBusy(true);
    const scope = options.find((o) => o.key === choice)?.scope ?? ({ scope: 'board' } as const);
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
        {options.map((option) => (
          <label key={option.key}>
            <input type="radio" name="restore" checked={choice === option.key} onChange={() => setChoice(option.key)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <p>{t('restore.safety')}</p>
      <p>{t('restore.everyone')}</p>
    </Dialog>
  );
}

interface Option {
  readonly key: string;
  readonly label: string;
  readonly scope: RestoreScope;
}
