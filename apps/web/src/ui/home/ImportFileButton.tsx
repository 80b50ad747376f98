import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, importBoard } from '../../api/boards';
import { toastError } from '../../store/toastStore';
import { openCreatedBoard } from './openCreatedBoard';

/** Import from the board page: the file becomes a new board (the current one is untouched). */
export function ImportFileButton(props: { className?: string; role?: string; onPicked?: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const run = async (file: File) => {
    try {
      const created = await importBoard(file);
      openCreatedBoard(created, file.name.replace(/\.(json|png|zip)$/i, ''));
    } catch (error) {
      const issues = error instanceof ApiError ? error.issues : [];
      const first = issues[0];
      const where = first?.path ? `${first.path} : ` : '';
      const detail = first ? ` ${where}${first.message}${issues.length > 1 ? ' …' : ''}` : '';
      if (error instanceof ApiError && error.status === 429) toastError(t('errors.tooManyBoards'));
      else toastError(`${t('import.refused')}${detail}`);
    }
  };
  return (
    <>
      <button
        type="button"
        className={props.className}
        role={props.role}
        data-testid="import-board"
        onClick={() => input.current?.click()}
      >
        {t('toolbar.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.png,image/png,.zip,application/zip"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-board-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          props.onPicked?.();
          if (file) void run(file);
        }}
      />
    </>
  );
}
