import { renameBoard } from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { InlineEdit } from '../common/InlineEdit';
import { LanguageSwitcher } from '../common/LanguageSwitcher';
import { Logo } from '../common/Logo';
import { FacilitationTopBar } from '../facilitation/FacilitationTopBar';
import { PlanButton } from '../plan/PlanButton';
import { navigate } from '../router';
import { ViewSwitcher } from '../views/ViewSwitcher';
import { Avatars } from './Avatars';
import { ConnectionBadge } from './ConnectionBadge';
import { ExportMenu } from './ExportMenu';
import { JourneySwitcher } from './JourneySwitcher';

export function TopBar(props: { onEditMe: () => void }) {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const title = useBoardStore((s) => s.snapshot?.board.title ?? '');
  const role = useBoardStore((s) => s.role);
  const panel = useBoardStore((s) => s.panel);
  const setPanel = useBoardStore((s) => s.setPanel);
  const setDialog = useBoardStore((s) => s.setDialog);
  return (
    <header className="topbar">
      <div className="topbar-left">
        <a
          href="/"
          className="home-link"
          aria-label={t('board.home')}
          title={t('board.home')}
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          <Logo />
        </a>
        <InlineEdit
          className="board-title"
          value={title}
          placeholder={t('board.untitled')}
          label={t('board.rename')}
          readOnly={!canEdit(role)}
          onCommit={(next) => doc && renameBoard(doc, { title: next })}
        />
        {!canEdit(role) && (
          <span className="badge view-only" data-testid="view-only">
            {t('board.viewOnly')}
          </span>
        )}
        <JourneySwitcher />
        <ViewSwitcher />
      </div>
      <div className="topbar-right">
        <FacilitationTopBar />
        <ConnectionBadge />
        <Avatars onEditMe={props.onEditMe} />
        <button
          type="button"
          className={`button ghost ${panel === 'persona' ? 'pressed' : ''}`}
          aria-pressed={panel === 'persona'}
          onClick={() => setPanel(panel === 'persona' ? null : 'persona')}
        >
          {t('persona.button')}
        </button>
        <PlanButton />
        <ExportMenu />
        <button type="button" className="button primary" onClick={() => setDialog('share')}>
          {t('share.button')}
        </button>
        <LanguageSwitcher />
        <button
          type="button"
          className="icon-button"
          aria-label={t('help.button')}
          title={t('help.button')}
          onClick={() => setDialog('help')}
        >
          ?
        </button>
      </div>
    </header>
  );
}
