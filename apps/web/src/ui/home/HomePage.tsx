import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../common/LanguageSwitcher';
import { Logo } from '../common/Logo';
import { CreateBoardForm } from './CreateBoardForm';
import { ImportBoard } from './ImportBoard';
import { RecentBoards } from './RecentBoards';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <div className="home">
      <header className="home-header">
        <div className="brand">
          <Logo />
          <span>Parcours</span>
        </div>
        <LanguageSwitcher />
      </header>
      <main className="home-main">
        <div className="home-intro">
          <h1>{t('home.heading')}</h1>
          <p>{t('home.tagline')}</p>
        </div>
        <div className="home-grid">
          <CreateBoardForm />
          <div className="home-side">
            <ImportBoard />
            <RecentBoards />
          </div>
        </div>
      </main>
    </div>
  );
}
