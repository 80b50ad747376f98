import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { toastError } from '../../store/toastStore';
import { Dialog } from '../common/Dialog';
import { Segmented } from '../common/Segmented';
import { downloadPdf, type Orientation, type Paper } from './deliverableActions';

const PAPERS: readonly Paper[] = ['A4', 'A3', 'letter'];
const ORIENTATIONS: readonly Orientation[] = ['landscape', 'portrait'];

/** File → PDF: paper and orientation, then the server draws the document and the browser downloads it. */
export function PdfDialog() {
  const { t } = useTranslation('deliverables');
  const setDialog = useBoardStore((s) => s.setDialog);
  const journeyTitle = useBoardStore((s) => (s.journeyId ? s.snapshot?.journeys[s.journeyId]?.title : undefined));
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [working, setWorking] = useState(false);
  const close = () => setDialog(null);
  const download = async () => {
    setWorking(true);
    try {
      const outcome = await downloadPdf(paper, orientation);
      if (outcome === 'ok') close();
      else toastError(t(outcome === 'too-large' ? 'dialog.tooLarge' : 'dialog.failed'));
    } finally {
      setWorking(false);
    }
  };
  return (
    <Dialog
      title={t('dialog.title')}
      onClose={close}
      footer={
        <button type="button" className="button primary" disabled={working} onClick={() => void download()}>
          {working ? t('dialog.working') : t('dialog.download')}
        </button>
      }
    >
      <div className="stack">
        <p className="muted">{t('dialog.intro')}</p>
        {journeyTitle && <p>{t('dialog.journey', { title: journeyTitle })}</p>}
        <Segmented
          legend={t('dialog.paper')}
          name="paper"
          value={paper}
          options={PAPERS.map((p) => ({ value: p, label: t(`dialog.papers.${p}`) }))}
          onChange={setPaper}
        />
        <Segmented
          legend={t('dialog.orientation')}
          name="orientation"
          value={orientation}
          options={ORIENTATIONS.map((o) => ({ value: o, label: t(`dialog.orientations.${o}`) }))}
          onChange={setOrientation}
        />
      </div>
    </Dialog>
  );
}
