import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveExportItem } from '../../images/ArchiveExportItem';
import { toastError } from '../../store/toastStore';
import { useThreads } from '../comments/useThreads';
import { ChevronDownIcon } from '../common/icons';
import { useDismiss } from '../common/useDismiss';
import { DeliverableItems } from '../deliverables/DeliverableItems';
import { HistoryButton } from '../history/HistoryButton';
import { ImportFileButton } from '../home/ImportFileButton';
import { exportBoard } from './boardActions';

/** Export the board (PNG of the journey on screen, JSON of the whole board) or import a file as a new board. */
export function ExportMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(anchor, open, close);
  return (
    <div className="menu-anchor" ref={anchor}>
      <button
        type="button"
        className="button ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('toolbar.fileMenu')}
        <ChevronDownIcon />
      </button>
      {open && (
        <div className="menu menu-right" role="menu" onMouseLeave={close}>
          <ExportItems onDone={close} />
        </div>
      )}
    </div>
  );
}

/** The file actions, in the "File" menu or in the top bar's "More" menu; `onDone` closes the menu. */
export function ExportItems({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const busy = useRef(false);
  // What the PNG's markers show (export/commentMarkers.ts): open threads whose first comment stands.
  const reviewed = useThreads().some(
    (thread) =>
      thread.anchor.kind === 'card' && !thread.resolved && !thread.anchorDeleted && !thread.comments[0]?.deleted,
  );
  const run = async (format: 'png' | 'json', options: { comments?: boolean } = {}) => {
    onDone();
    if (busy.current) return;
    busy.current = true;
    try {
      await exportBoard(format, options);
    } catch {
      toastError(t('errors.exportFailed'));
    } finally {
      busy.current = false;
    }
  };
  return (
    <>
      <button type="button" role="menuitem" onClick={() => void run('png')} data-testid="export-png">
        {t('toolbar.exportPng')}
      </button>
      {reviewed && (
        <button
          type="button"
          role="menuitem"
          onClick={() => void run('png', { comments: true })}
          data-testid="export-png-comments"
        >
          {t('toolbar.exportPngComments')}
        </button>
      )}
      <button type="button" role="menuitem" onClick={() => void run('json')} data-testid="export-json">
        {t('toolbar.exportJson')}
      </button>
      <DeliverableItems onDone={onDone} />
      <ArchiveExportItem onDone={onDone} />
      {/* The board's versions, as "File > Version history" in an office suite. */}
      <HistoryButton className="" role="menuitem" onClick={onDone} />
      {/* Closed once a file is picked: closing first would unmount the file input. */}
      <ImportFileButton role="menuitem" onPicked={onDone} />
    </>
  );
}
