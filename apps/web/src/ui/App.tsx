import { useTranslation } from 'react-i18next';
import { BoardPage } from './board/BoardPage';
import { Toasts } from './common/Toasts';
import { HomePage } from './home/HomePage';
import { navigate, useRoute } from './router';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <>
      {route.name === 'home' && <HomePage />}
      {route.name === 'board' && <BoardPage key={route.boardId} boardId={route.boardId} token={route.token} />}
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
