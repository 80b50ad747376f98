import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addBoardStrings } from '../../i18n/boardStrings';
import { canEdit, type Participant, useBoardStore } from '../../store/boardStore';
import { loadParticipant } from '../../store/participantIdentity';
import { toastError } from '../../store/toastStore';
import { takeRefusalNotice } from '../../sync/refusal';
import { installProbe } from '../../sync/testHook';
import { useBoardSession } from '../../sync/useBoardSession';
import { BlueprintPanel } from '../blueprint/BlueprintPanel';
import { CommentsButton } from '../comments/CommentsButton';
import { CommentsPanel } from '../comments/CommentsPanel';
import { useCommentStore } from '../comments/commentStore';
import { PdfDialog } from '../deliverables/PdfDialog';
import { useFacilitationStore } from '../facilitation/facilitationStore';
import { HistoryPanel } from '../history/HistoryPanel';
import { VersionBanner } from '../history/VersionBanner';
import { PlanView } from '../plan/PlanView';
import { BigScreenLayer } from '../room/BigScreenLayer';
import { ViewHost } from '../views/ViewHost';
import { BoardErrorPage } from './BoardErrorPage';
import { CanvasSlot, canvasModule } from './CanvasSlot';
import { CardPanel } from './CardPanel';
import { HelpDialog } from './HelpDialog';
import { NameDialog } from './NameDialog';
import { PersonaPanel } from './PersonaPanel';
import { ShareDialog } from './ShareDialog';
import { Toolbar } from './Toolbar';
import { TopBar } from './TopBar';
import { useKeymap } from './useKeymap';

addBoardStrings();

export function BoardPage(props: { boardId: string; token: string | null }) {
  const { t } = useTranslation();
  const [participant, setParticipant] = useState<Participant | null>(() => loadParticipant());
  const [renaming, setRenaming] = useState(false);
  useBoardSession(props.boardId, props.token, participant);
  // The browser tests' probe, in their build only (vite build --mode e2e).
  useEffect(() => (__PARCOURS_TEST_HOOKS__ ? installProbe(window) : undefined), []);
  // Back from a refused change (sync/refusal.ts): say what was refused and why the board was reloaded.
  useEffect(() => {
    const notice = takeRefusalNotice(props.boardId);
    if (notice) {
      const cause = t(`board.refusedCause.${notice.cause}`);
      toastError(t(`board.refused.${notice.action}`, { cause }), { sticky: true });
    }
  }, [props.boardId, t]);
  // Fetch the canvas chunk while the board syncs, not after.
  useEffect(() => void canvasModule.load().catch(() => {}), []);
  useKeymap();
  const error = useBoardStore((s) => s.error);
  const loaded = useBoardStore((s) => s.snapshot !== null && s.view !== null);
  const empty = useBoardStore((s) => s.snapshot !== null && Object.keys(s.snapshot.journeys).length === 0);
  const connection = useBoardStore((s) => s.connection);
  const panel = useBoardStore((s) => s.panel);
  const dialog = useBoardStore((s) => s.dialog);
  const role = useBoardStore((s) => s.role);
  const selected = useBoardStore((s) => s.selection.size > 0);
  const title = useBoardStore((s) => s.snapshot?.board.title);
  // Presentation hides comments unless the facilitator shows them (ui/comments).
  const presenting = useFacilitationStore((s) => s.presenting);
  const commentsOpen = useCommentStore((s) => s.panelOpen && (!presenting || s.showInPresentation));
  useEffect(() => {
    document.title = title ? `${title} · Parcours` : 'Parcours';
    return () => {
      document.title = 'Parcours';
    };
  }, [title]);

  if (error) return <BoardErrorPage error={error} />;
  if (!participant || renaming) {
    return (
      <div className="board board-blank">
        <NameDialog
          current={participant}
          onCancel={participant ? () => setRenaming(false) : undefined}
          onDone={(p) => {
            setParticipant(p);
            setRenaming(false);
          }}
        />
      </div>
    );
  }
  const sidePanel = panel === 'persona' || panel === 'blueprint' ? panel : selected ? 'card' : null;
  return (
    <div className={`board ${canEdit(role) ? '' : 'read-only'}`} data-role={role}>
      <TopBar onEditMe={() => setRenaming(true)} />
      <div className="board-body">
        <main className="board-main">
          {loaded ? (
            <CanvasSlot />
          ) : (
            <div className="canvas-placeholder" aria-busy="true">
              {empty && connection === 'connected' ? t('board.empty') : t('board.loading')}
            </div>
          )}
          {loaded && <ViewHost />}
          <VersionBanner />
          {loaded && <CommentsButton />}
          <Toolbar />
          <PlanView />
        </main>
        {commentsOpen && loaded && <CommentsPanel />}
        {sidePanel === 'card' && <CardPanel />}
        {sidePanel === 'persona' && <PersonaPanel />}
        {sidePanel === 'blueprint' && <BlueprintPanel />}
        <HistoryPanel />
      </div>
      {dialog === 'share' && <ShareDialog />}
      {dialog === 'help' && <HelpDialog />}
      {dialog === 'pdf' && <PdfDialog />}
      <BigScreenLayer />
    </div>
  );
}
