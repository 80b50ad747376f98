import { useTranslation } from 'react-i18next';
import { toastError } from '../../store/toastStore';
import { ImportPicker } from './ImportPicker';
import { importFile } from './importFile';

/** Import from the board page: the file becomes a new board (the current one is untouched). */
export function ImportFileButton(props: { className?: string; role?: string; onPicked?: () => void }) {
  const { t } = useTranslation();
  const run = async (file: File) => {
    const refused = await importFile(file, t);
    if (!refused) return;
    const [first] = refused.issues;
    const where = first?.path ? `${first.path} : ` : '';
    const detail = first ? ` ${where}${first.message}${refused.issues.length > 1 ? ' …' : ''}` : '';
    toastError(`${refused.message}${detail}`);
  };
  return (
    <ImportPicker
      label={t('toolbar.import')}
      className={props.className}
      role={props.role}
      testId="import-board"
      inputTestId="import-board-file"
      onPick={(file) => {
        props.onPicked?.();
        if (file) void run(file);
      }}
    />
  );
}
