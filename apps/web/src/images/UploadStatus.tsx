/**
 * Uploads of pictures that will become new cards (dropped or pasted into a cell or the tray): the
 * card appears only once the server has the image, so meanwhile their progress shows here, at the
 * top of the canvas. Pictures going onto an existing card show their progress on it.
 */
import { useTranslation } from 'react-i18next';
import { useUploadStore } from './uploadStore';
import './images.css';

export function UploadStatus() {
  const { t } = useTranslation('images');
  const uploads = useUploadStore((s) => s.uploads);
  const pending = Object.values(uploads).filter((u) => u.cardId === null);
  if (pending.length === 0) return null;
  return (
    <div className="upload-status" role="status" data-testid="upload-status">
      {pending.map((u) => (
        <div key={u.key}>
          <span>
            {u.progress < 1
              ? t('uploading', { name: u.name, percent: Math.round(u.progress * 100) })
              : t('processing', { name: u.name })}
          </span>
          <progress max={1} value={u.progress} />
        </div>
      ))}
    </div>
  );
}
