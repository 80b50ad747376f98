import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { addBoardStrings } from '../../i18n/boardStrings';
import { canEdit, useBoardStore } from '../../store/boardStore';
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
import { PersonaPanel } from './PersonaPanel';
import { ShareDialog } from './ShareDialog';
import { Toolbar } from './Toolbar';
import { TopBar } from './TopBar';
import { useBoardTitle } from './useBoardTitle';
import { useKeymap } from './useKeymap';
import { useNameGate } from './useNameGate';

addBoardStrings();

export function BoardPage(props: { boardId: string; token: string | null }) {
  const { t } = useTranslation();
  const name = useNameGate();
  useBoardSession(props.boardId, props.token, name.participant);
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
  useBoardTitle();
  // Presentation hides comments unless the facilitator shows them (ui/comments).
  const presenting = useFacilitationStore((s) => s.presenting);
  const commentsOpen = useCommentStore((s) => s.panelOpen && (!presenting || s.showInPresentation));

  if (error) return <BoardErrorPage error={error} />;
  if (name.dialog) return <div className="board board-blank">{name.dialog}</div>;
  const sidePanel = panel === 'persona' || panel === 'blueprint' ? panel : selected ? 'card' : null;
  return (
    <div className={`board ${canEdit(role) ? '' : 'read-only'}`} data-role={role}>
      <TopBar onEditMe={name.rename} />
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
