import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../api/boards';
import { ImportPicker } from './ImportPicker';
import { importFile } from './importFile';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string; issues: readonly ApiIssue[] };

/** Drop or pick a Parcours JSON or PNG: it becomes a new board, or the model's errors show path by path. */
export function ImportBoard() {
  const { t } = useTranslation();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [over, setOver] = useState(false);

  const run = async (file: File) => {
    setState({ kind: 'busy', fileName: file.name });
    const refused = await importFile(file, t);
    if (refused) setState({ kind: 'refused', fileName: file.name, ...refused });
  };

  return (
    <section className="card-panel import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.heading')}</h2>
      <div
        className={`dropzone ${over ? 'over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer.files[0];
          if (file) void run(file);
        }}
      >
        <p>{t('import.drop')}</p>
        <ImportPicker
          label={t('import.choose')}
          className="button"
          disabled={state.kind === 'busy'}
          inputTestId="import-file"
          inputLabel={t('import.choose')}
          onPick={(file) => {
            if (file) void run(file);
          }}
        />
      </div>
      {state.kind === 'busy' && <p className="muted">{t('import.busy', { name: state.fileName })}</p>}
      {state.kind === 'refused' && (
        <div className="import-errors" role="alert">
          <p>
            <strong>{state.fileName}</strong> — {state.message}
          </p>
          {state.issues.length > 0 && (
            <ul>
              {state.issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  {issue.path && <code>{issue.path}</code>} {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
