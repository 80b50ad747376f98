import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { BlueprintButton } from '../blueprint/BlueprintButton';
import { ChevronDownIcon } from '../common/icons';
import { LanguageSwitcher } from '../common/LanguageSwitcher';
import { useDismiss } from '../common/useDismiss';
import { PlanButton } from '../plan/PlanButton';
import { RoomMenuItems } from '../room/RoomMenuItems';
import { ViewSwitcher } from '../views/ViewSwitcher';
import { ExportItems } from './ExportMenu';
import { OtherJourneys } from './JourneySwitcher';
import { FOLD } from './useTopBarFit';

/**
 * The top bar's "More" menu, when the bar is too narrow for everything: what its fold level
 * (useTopBarFit, FOLD) took off the bar.
 */
export function MoreMenu({ level }: { level: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(anchor, open, close);
  const panel = useBoardStore((s) => s.panel);
  const setPanel = useBoardStore((s) => s.setPanel);
  const setDialog = useBoardStore((s) => s.setDialog);
  // A click on one of the menu's buttons does its thing and closes the menu (the file actions close
  // it themselves: the import's file input must outlive the click).
  const onClick = (e: React.MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest('button') && !target.closest('[data-keep-open]')) close();
  };
  return (
    <div className="menu-anchor" ref={anchor}>
      <button
        type="button"
        className={`button ghost ${open ? 'pressed' : ''}`}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls="topbar-more"
        title={t('board.moreMenu')}
        onClick={() => setOpen(!open)}
      >
        {t('board.more')}
        <ChevronDownIcon />
      </button>
      {open && (
        <div id="topbar-more" className="menu menu-right more-menu" data-testid="more-menu" onClick={onClick}>
          {/* First: the menu has grown taller than a laptop's screen, and the language is a quick switch. */}
          {level >= FOLD.language && (
            <section className="more-language">
              <h3>{t('common.language')}</h3>
              <LanguageSwitcher />
            </section>
          )}
          {level >= FOLD.views && (
            <section aria-label={t('board.views')}>
              <h3>{t('board.views')}</h3>
              <ViewSwitcher />
            </section>
          )}
          {level >= FOLD.journeys && (
            <section aria-label={t('board.journeys')}>
              <h3>{t('board.journeys')}</h3>
              <OtherJourneys onPick={close} />
            </section>
          )}
          <section>
            <button
              type="button"
              className={panel === 'persona' ? 'pressed' : ''}
              aria-pressed={panel === 'persona'}
              onClick={() => setPanel(panel === 'persona' ? null : 'persona')}
            >
              {t('persona.button')}
            </button>
            <PlanButton />
            <BlueprintButton />
            <button type="button" onClick={() => setDialog('help')}>
              {t('help.button')}
            </button>
            <RoomMenuItems />
          </section>
          <section aria-label={t('toolbar.fileMenu')} data-keep-open>
            <h3>{t('toolbar.fileMenu')}</h3>
            <ExportItems onDone={close} />
          </section>
        </div>
      )}
    </div>
  );
}
