import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetBoard, loadRecentBoards } from '../../store/recentBoards';
import { boardPath, navigate } from '../router';

export function RecentBoards() {
  const { t, i18n } = useTranslation();
  const [boards, setBoards] = useState(() => loadRecentBoards());
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('home.recent.heading')}</h2>
      {boards.length === 0 ? (
        <p className="empty-state">{t('home.recent.empty')}</p>
      ) : (
        <ul className="plain-list recent-list">
          {boards.map((board) => {
            const href = boardPath(board.id, board.token);
            return (
              <li key={board.id} className="recent-item">
                <a
                  href={href}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(href);
                  }}
                >
                  <strong>{board.title || t('board.untitled')}</strong>
                  <small>
                    {t(`roles.${board.role}`)} · {format.format(board.lastOpened)}
                  </small>
                </a>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('home.recent.remove', { title: board.title || t('board.untitled') })}
                  title={t('home.recent.removeHint')}
                  onClick={() => setBoards(forgetBoard(board.id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
