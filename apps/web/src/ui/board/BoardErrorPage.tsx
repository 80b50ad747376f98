import { useTranslation } from 'react-i18next';
import type { BoardError } from '../../store/boardStore';
import { Logo } from '../common/Logo';
import { navigate } from '../router';

/** A clear page instead of the board, for errors that retrying will not fix. */
export function BoardErrorPage(props: { error: BoardError }) {
  const { t } = useTranslation();
  return (
    <main className="error-page" data-error={props.error}>
      <Logo />
      <h1>{t(`boardErrors.${props.error}.title`)}</h1>
      <p>{t(`boardErrors.${props.error}.body`)}</p>
      <div className="row">
        {props.error === 'newer-doc' && (
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('boardErrors.reload')}
          </button>
        )}
        <button type="button" className="button" onClick={() => navigate('/')}>
          {t('boardErrors.home')}
        </button>
      </div>
    </main>
  );
}
