import { useTranslation } from 'react-i18next';
import { LoadFailed } from './common/LoadFailed';
import { type OnDemand, onDemand, useOnDemand } from './common/onDemand';
import { Toasts } from './common/Toasts';
import { currentScreen, useScreen } from './phone/screenMode';
import { navigate, type Route, toRoute, useRoute } from './router';

// Each page is its own chunk, so a page downloads only its own code: the phone view, opened on 4G in
// the workshop room, neither the canvas nor the board's panels nor the home page (docs/BENCHMARKS.md).
const homePage = onDemand(() => import('./home/HomePage').then((m) => m.HomePage));
// The board page (Yjs, sync, panels).
const boardPage = onDemand(() => import('./board/BoardPage').then((m) => m.BoardPage));
// The phone view is its own chunk too, without the canvas, Konva nor the board's panels.
const phonePage = onDemand(() => import('./phone/PhonePage').then((m) => m.PhonePage));
const joinPage = onDemand(() => import('./phone/JoinPage').then((m) => m.JoinPage));

/** Starts loading what the page at `pathname` needs before React renders it (main.tsx). */
export function preloadFor(pathname: string): void {
  // A failure is shown by the route's component.
  pageFor(toRoute(pathname, '').name)
    ?.load()
    .catch(() => {});
}

function pageFor(route: Route['name']): OnDemand<unknown> | null {
  switch (route) {
    case 'home':
      return homePage;
    case 'join':
      return joinPage;
    case 'board':
      return currentScreen() === 'phone' ? phonePage : boardPage;
    default:
      return null;
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <>
      {route.name === 'home' && <HomeRoute />}
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

function HomeRoute() {
  const page = useOnDemand(homePage);
  if (page.status === 'failed') return <LoadFailed />;
  if (page.status === 'loading') return null;
  const HomePage = page.value;
  return <HomePage />;
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
