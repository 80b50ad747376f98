import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { toastError, toastInfo } from '../../store/toastStore';
import { copyText, downloadText, type TextFormat } from './deliverableActions';

/** File menu entries of the deliverables: PDF (a dialog for the paper), Markdown and Mermaid as files or copied. */
export function DeliverableItems({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('deliverables');
  const setDialog = useBoardStore((s) => s.setDialog);
  const download = (format: TextFormat) => {
    onDone();
    try {
      downloadText(format);
    } catch {
      toastError(t('copyFailed'));
    }
  };
  const copy = (format: TextFormat) => {
    // The text is written inside the click, while the browser still allows the clipboard.
    const done = copyText(format);
    onDone();
    done.then(
      () => toastInfo(t(`copied.${format}`)),
      () => toastError(t('copyFailed')),
    );
  };
  return (
    <>
      <button
        type="button"
        role="menuitem"
        data-testid="export-pdf"
        onClick={() => {
          onDone();
          setDialog('pdf');
        }}
      >
        {t('pdf')}
      </button>
      <button type="button" role="menuitem" data-testid="export-markdown" onClick={() => download('markdown')}>
        {t('markdown')}
      </button>
      <button type="button" role="menuitem" data-testid="export-mermaid" onClick={() => download('mermaid')}>
        {t('mermaid')}
      </button>
      <button type="button" role="menuitem" data-testid="copy-markdown" onClick={() => copy('markdown')}>
        {t('copyMarkdown')}
      </button>
      <button type="button" role="menuitem" data-testid="copy-mermaid" onClick={() => copy('mermaid')}>
        {t('copyMermaid')}
      </button>
    </>
  );
}
