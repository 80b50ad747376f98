import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toastError } from '../../store/toastStore';
import { IMPORT_ACCEPT, importFile, takePickedFile } from './importFile';

/** Import from the board page: the file becomes a new board (the current one is untouched). */
export function ImportFileButton(props: { className?: string; role?: string; onPicked?: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const run = async (file: File) => {
    const refused = await importFile(file, t);
    if (!refused) return;
    const [first] = refused.issues;
    const where = first?.path ? `${first.path} : ` : '';
    const detail = first ? ` ${where}${first.message}${refused.issues.length > 1 ? ' …' : ''}` : '';
    toastError(`${refused.message}${detail}`);
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
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-board-file"
        onChange={(e) => {
          const file = takePickedFile(e.target);
          props.onPicked?.();
          if (file) void run(file);
        }}
      />
    </>
  );
}
