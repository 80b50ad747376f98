import { renameBoard } from '@parcours/journey';
import { useRef } from 'react';
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
import { MoreMenu } from './MoreMenu';
import { FOLD, useTopBarFit } from './useTopBarFit';

/** What changes the widths in the bar, beside its own width: a change starts the fitting again. */
function useBarContent(): string {
  const { i18n } = useTranslation();
  return useBoardStore((s) =>
    [
      i18n.language,
      s.role,
      s.snapshot?.board.title,
      Object.values(s.snapshot?.journeys ?? {})
        .map((j) => `${j.title}/${j.stage}`)
        .join('|'),
      s.snapshot?.session.timer ? 'timer' : '',
      new Set(s.peers.map((p) => p.user.id)).size,
      s.view?.actions.length ?? 0,
    ].join('\n'),
  );
}

export function TopBar(props: { onEditMe: () => void }) {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const title = useBoardStore((s) => s.snapshot?.board.title ?? '');
  const role = useBoardStore((s) => s.role);
  const panel = useBoardStore((s) => s.panel);
  const setPanel = useBoardStore((s) => s.setPanel);
  const setDialog = useBoardStore((s) => s.setDialog);
  const bar = useRef<HTMLElement>(null);
  const fold = useTopBarFit(bar, useBarContent());
  return (
    <header className={`topbar fold-${fold}`} ref={bar} data-fold={fold}>
      <div className="topbar-left" data-fit>
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
            {role === 'comment' ? t('comments:badge') : t('board.viewOnly')}
          </span>
        )}
        <JourneySwitcher folded={fold >= FOLD.journeys} />
        {fold < FOLD.views && <ViewSwitcher />}
      </div>
      <div className="topbar-right" data-fit>
        <FacilitationTopBar />
        <ConnectionBadge />
        <Avatars onEditMe={props.onEditMe} max={fold >= FOLD.avatars ? 2 : 5} />
        {fold < FOLD.actions && (
          <>
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
          </>
        )}
        <button type="button" className="button primary" onClick={() => setDialog('share')}>
          {t('share.button')}
        </button>
        {fold < FOLD.language && <LanguageSwitcher />}
        {fold < FOLD.actions ? (
          <button
            type="button"
            className="icon-button"
            aria-label={t('help.button')}
            title={t('help.button')}
            onClick={() => setDialog('help')}
          >
            ?
          </button>
        ) : (
          <MoreMenu level={fold} />
        )}
      </div>
    </header>
  );
}
