import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fetchBoardAccess } from '../../api/boards';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { toastError, toastInfo } from '../../store/toastStore';
import { CompareSummary } from './CompareSummary';
import { deleteVersion, renameVersion, saveVersion, type VersionInfo } from './historyApi';
import { useHistoryStore } from './historyStore';
import { RestoreDialog } from './RestoreDialog';
import { useCanManageVersions } from './rights';
import { summaryLine } from './summaryText';
import { exportVersion, previewVersion, refreshVersions, toggleCompare } from './versionActions';
import { formatWhen } from './when';
import './history.css';
import { Panel } from '../common/Panel';
import { ToggleButton } from '../common/ToggleButton';

/** New automatic checkpoints show up while the panel is open. */
const REFRESH_MS = 30_000;

/**
 * The board's history: save a named version, and a timeline of versions (time, who was there, what
 * changed since the one before) to preview, compare with now, export or restore.
 */
export function HistoryPanel() {
  const { t } = useTranslation('history');
  const open = useHistoryStore((s) => s.open);
  const restoring = useHistoryStore((s) => s.restoring);
  const setOpen = useHistoryStore((s) => s.setOpen);
  const versions = useHistoryStore((s) => s.versions);
  const [failed, setFailed] = useState(false);
  // A version of this board is nothing to another board: forget it all on leaving.
  useEffect(() => () => useHistoryStore.getState().reset(), []);
  useEffect(() => {
    if (!open) return;
    const load = () =>
      refreshVersions().then(
        () => setFailed(false),
        () => setFailed(true),
      );
    void load();
    const { boardId, tokens } = useBoardStore.getState();
    if (boardId && tokens.current && useHistoryStore.getState().facilitated === null) {
      fetchBoardAccess(boardId, tokens.current).then(
        (access) => useHistoryStore.setState({ facilitated: access.facilitated ?? true }),
        () => {},
      );
    }
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [open]);
  const dialog = restoring && <RestoreDialog key={`${restoring.version.id}:${restoring.phaseId ?? ''}`} />;
  if (!open) return dialog || null;
  return (
    <Panel
      look="side-panel"
      className="history-panel"
      title={t('title')}
      testId="history-panel"
      onClose={() => setOpen(false)}
    >
      <div className="side-panel-body stack">
        <SaveVersion />
        <CompareSummary />
        {failed && <p className="history-note">{t('errors.load')}</p>}
        {versions === null && !failed && <p className="history-note">{t('loading')}</p>}
        {versions?.length === 0 && <p className="history-note">{t('empty')}</p>}
        {versions && versions.length > 0 && (
          <ol className="plain-list history-timeline">
            {versions.map((version) => (
              <VersionItem key={version.id} version={version} />
            ))}
          </ol>
        )}
      </div>
      {dialog}
    </Panel>
  );
}

function SaveVersion() {
  const { t } = useTranslation('history');
  const editable = useBoardStore((s) => canEdit(s.preview?.role ?? s.role));
  const boardId = useBoardStore((s) => s.boardId);
  const token = useBoardStore((s) => s.tokens.current);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  if (!editable || !boardId || !token) return null;
  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    setBusy(true);
    try {
      await saveVersion(boardId, token, trimmed);
      setName('');
      toastInfo(t('save.done', { name: trimmed }));
      await refreshVersions();
    } catch (err) {
      toastError(err instanceof ApiError && err.status === 409 ? t('errors.tooMany') : t('errors.save'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="history-save"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span>{t('save.label')}</span>
        <input
          name="version-name"
          value={name}
          maxLength={120}
          placeholder={t('save.placeholder')}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="submit" className="button primary" disabled={busy || !name.trim()}>
        {t('save.button')}
      </button>
    </form>
  );
}

function VersionItem({ version }: { version: VersionInfo }) {
  const { t, i18n } = useTranslation('history');
  const [expanded, setExpanded] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const manage = useCanManageVersions();
  const previewing = useBoardStore((s) => s.preview?.versionId === version.id);
  const comparing = useHistoryStore((s) => s.compare?.version.id === version.id);
  const setRestoring = useHistoryStore((s) => s.setRestoring);
  const when = formatWhen(version.createdAt, i18n.language);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      await refreshVersions();
    } catch (err) {
      toastError(err instanceof ApiError && err.status === 403 ? t('errors.forbidden') : t('errors.save'));
    }
  };
  const { boardId, tokens } = useBoardStore.getState();
  const token = tokens.current ?? '';
  return (
    <li className={`history-item kind-${version.kind} ${previewing || comparing ? 'active' : ''}`}>
      <button
        type="button"
        className="history-item-head"
        aria-expanded={expanded}
        onClick={() => setExpanded(!expanded)}
      >
        <time dateTime={version.createdAt}>{when}</time>
        <strong>{version.name ?? t(`kind.${version.kind}`)}</strong>
        {version.participants.length > 0 && (
          <span className="history-who">{t('with', { names: version.participants.join(', ') })}</span>
        )}
        <span className="history-line">{summaryLine(version.summary, t, i18n.language)}</span>
      </button>
      {expanded && renaming && boardId && (
        <form
          className="history-rename"
          onSubmit={(e) => {
            e.preventDefault();
            const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
            setRenaming(false);
            if (name && name !== version.name) void run(() => renameVersion(boardId, token, version.id, name));
          }}
        >
          <input
            name="name"
            aria-label={t('rename.prompt')}
            defaultValue={version.name ?? ''}
            maxLength={120}
            autoFocus
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRenaming(false);
            }}
          />
          <button type="submit" className="button primary">
            {t('actions.rename')}
          </button>
        </form>
      )}
      {expanded && (
        <div className="history-item-actions">
          <button type="button" className="button ghost" onClick={() => void previewVersion(version)}>
            {t('actions.preview')}
          </button>
          <ToggleButton className="button ghost" pressed={comparing} onToggle={() => void toggleCompare(version)}>
            {comparing ? t('actions.stopCompare') : t('actions.compare')}
          </ToggleButton>
          {manage && (
            <button type="button" className="button ghost" onClick={() => setRestoring({ version })}>
              {t('actions.restore')}
            </button>
          )}
          <button
            type="button"
            className="button ghost"
            onClick={() => void exportVersion(version, 'png', t('errors.export'))}
          >
            {t('actions.exportPng')}
          </button>
          <button
            type="button"
            className="button ghost"
            onClick={() => void exportVersion(version, 'json', t('errors.export'))}
          >
            {t('actions.exportJson')}
          </button>
          {manage && boardId && (
            <>
              <button type="button" className="button ghost" onClick={() => setRenaming(true)}>
                {t('actions.rename')}
              </button>
              <button
                type="button"
                className="button ghost danger"
                onClick={() => {
                  if (window.confirm(t('delete.confirm', { name: version.name ?? when })))
                    void run(() => deleteVersion(boardId, token, version.id));
                }}
              >
                {t('actions.delete')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
