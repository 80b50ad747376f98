import { useTranslation } from 'react-i18next';
import { LoadFailed } from './common/LoadFailed';
import { onDemand, useOnDemand } from './common/onDemand';
import { Toasts } from './common/Toasts';
import { HomePage } from './home/HomePage';
import { currentScreen, useScreen } from './phone/screenMode';
import { navigate, toRoute, useRoute } from './router';

// The board page (Yjs, sync, panels) loads on demand: the home page stays light.
const boardPage = onDemand(() => import('./board/BoardPage').then((m) => m.BoardPage));
// The phone view is its own chunk too, without the canvas, Konva nor the board's panels.
const phonePage = onDemand(() => import('./phone/PhonePage').then((m) => m.PhonePage));
const joinPage = onDemand(() => import('./phone/JoinPage').then((m) => m.JoinPage));

/** Starts loading what the page at `pathname` needs before React renders it (main.tsx). */
export function preloadFor(pathname: string): void {
  if (toRoute(pathname, '').name !== 'board') return;
  // Shown by BoardRoute if it fails.
  (currentScreen() === 'phone' ? phonePage : boardPage).load().catch(() => {});
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <>
      {route.name === 'home' && <HomePage />}
      {route.name === 'board' && <BoardRoute key={route.boardId} boardId={route.boardId} token={route.token} />}
      {route.name === 'join' && <JoinRoute code={route.code} />}
      {route.name === 'notFound' && (
        <main className="error-page">
          <h1>{t('notFound.title')}</h1>
          <button type="button" className="button" onClick={() => navigate('/')}>
            {t('boardErrors.home')}
          </button>
        </main>
      )}
      <Toasts />
    </>
  );
}

function BoardRoute(props: { boardId: string; token: string | null }) {
  const screen = useScreen();
  return screen === 'phone' ? <PhoneRoute key="phone" {...props} /> : <CanvasRoute key="board" {...props} />;
}

function JoinRoute(props: { code: string | null }) {
  const page = useOnDemand(joinPage);
  if (page.status === 'failed') return <LoadFailed />;
  if (page.status === 'loading') return null;
  const JoinPage = page.value;
  return <JoinPage code={props.code} />;
}

function PhoneRoute(props: { boardId: string; token: string | null }) {
  const { t } = useTranslation();
  const page = useOnDemand(phonePage);
  if (page.status === 'failed') return <LoadFailed />;
  if (page.status === 'loading') return <div className="canvas-placeholder">{t('board.loading')}</div>;
  const PhonePage = page.value;
  return <PhonePage boardId={props.boardId} token={props.token} />;
}

function CanvasRoute(props: { boardId: string; token: string | null }) {
  const { t } = useTranslation();
  const page = useOnDemand(boardPage);
  if (page.status === 'failed') return <LoadFailed />;
  if (page.status === 'loading') return <div className="canvas-placeholder">{t('board.loading')}</div>;
  const BoardPage = page.value;
  return <BoardPage boardId={props.boardId} token={props.token} />;
}
