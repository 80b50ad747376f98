import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toastError } from '../../store/toastStore';
import { ChevronDownIcon } from '../common/icons';
import { ImportFileButton } from '../home/ImportFileButton';
import { exportBoard } from './boardActions';

/** Export the board (PNG of the journey on screen, JSON of the whole board) or import a file as a new board. */
export function ExportMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const busy = useRef(false);
  const run = async (format: 'png' | 'json') => {
    setOpen(false);
    if (busy.current) return;
    busy.current = true;
    try {
      await exportBoard(format);
    } catch {
      toastError(t('errors.exportFailed'));
    } finally {
      busy.current = false;
    }
  };
  return (
    <div className="menu-anchor">
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
        <div className="menu menu-right" role="menu" onMouseLeave={() => setOpen(false)}>
          <button type="button" role="menuitem" onClick={() => void run('png')} data-testid="export-png">
            {t('toolbar.exportPng')}
          </button>
          <button type="button" role="menuitem" onClick={() => void run('json')} data-testid="export-json">
            {t('toolbar.exportJson')}
          </button>
          <ImportFileButton role="menuitem" onPicked={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
