/** "Export the archive": the board with its images as one .zip (the server builds it: routes/archive.ts). */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchExport } from '../api/boards';
import { useBoardStore } from '../store/boardStore';
import { toastError } from '../store/toastStore';
import { downloadBlob, fileNameOf } from '../ui/common/download';

export function ArchiveExportItem({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('images');
  const busy = useRef(false);
  const run = async () => {
    onDone();
    const { boardId, tokens, snapshot } = useBoardStore.getState();
    if (busy.current || !boardId || !tokens.current) return;
    busy.current = true;
    try {
      const params = new URLSearchParams({ token: tokens.current });
      const blob = await fetchExport(`/api/boards/${encodeURIComponent(boardId)}/archive.zip?${params}`);
      downloadBlob(blob, fileNameOf(snapshot?.board.title ?? 'parcours', 'zip'));
    } catch {
      toastError(t('archive.failed'));
    } finally {
      busy.current = false;
    }
  };
  return (
    <button type="button" role="menuitem" onClick={() => void run()} data-testid="export-archive">
      {t('archive.export')}
    </button>
  );
}
