import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Toasts } from './common/Toasts';
import { HomePage } from './home/HomePage';
import { navigate, useRoute } from './router';

// The board page (Yjs, sync, panels) loads on demand: the home page stays light.
const BoardPage = lazy(() => import('./board/BoardPage').then((m) => ({ default: m.BoardPage })));

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <>
      {route.name === 'home' && <HomePage />}
      {route.name === 'board' && (
        <Suspense fallback={<div className="canvas-placeholder">{t('board.loading')}</div>}>
          <BoardPage key={route.boardId} boardId={route.boardId} token={route.token} />
        </Suspense>
      )}
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
