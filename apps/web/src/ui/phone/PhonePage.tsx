import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { installProbe } from '../../sync/testHook';
import { useBoardSession } from '../../sync/useBoardSession';
import { BoardErrorPage } from '../board/BoardErrorPage';
import { useBoardTitle } from '../board/useBoardTitle';
import { useNameGate } from '../board/useNameGate';
import { LanguageSwitcher } from '../common/LanguageSwitcher';
import { useSession } from '../facilitation/useFacilitation';
import { PhoneAdd } from './PhoneAdd';
import { PhoneHeader } from './PhoneHeader';
import { PhoneMine } from './PhoneMine';
import { PhoneRate } from './PhoneRate';
import { PhoneVote } from './PhoneVote';
import { chooseScreen } from './screenMode';
import './phone.css';

type Tab = 'add' | 'mine' | 'rate' | 'vote';
const TABS: readonly Tab[] = ['add', 'mine', 'rate', 'vote'];

/**
 * The phone view of a board: not the canvas (no Konva here) but four thumb-sized tasks on the same
 * session, the same model commands and the same server checks as the canvas. The facilitator's
 * timer, step and presented phase stay at the top.
 */
export function PhonePage(props: { boardId: string; token: string | null }) {
  const { t } = useTranslation('phone');
  const name = useNameGate();
  useBoardSession(props.boardId, props.token, name.participant);
  useEffect(() => (__PARCOURS_TEST_HOOKS__ ? installProbe(window) : undefined), []);
  const error = useBoardStore((s) => s.error);
  const loaded = useBoardStore((s) => s.snapshot !== null);
  const readOnly = useBoardStore((s) => !canEdit(s.role));
  const [tab, setTab] = useTab();
  useBoardTitle();

  if (error) return <BoardErrorPage error={error} />;
  if (name.dialog) return <div className="phone phone-blank">{name.dialog}</div>;
  return (
    <div className="phone" data-testid="phone-view">
      <div className="phone-sticky">
        <PhoneHeader />
        <nav className="phone-tabs" aria-label={t('tabs.label')}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              className={`phone-tab ${tab === name ? 'current' : ''}`}
              aria-current={tab === name ? 'page' : undefined}
              onClick={() => setTab(name)}
            >
              {t(`tabs.${name}`)}
              <TabBadge tab={name} />
            </button>
          ))}
        </nav>
      </div>
      <main className="phone-main" aria-busy={!loaded}>
        {!loaded ? (
          <p className="phone-empty">{t('translation:board.loading')}</p>
        ) : readOnly && tab !== 'rate' && tab !== 'vote' ? (
          <p className="phone-empty">{t('readOnly')}</p>
        ) : (
          <>
            {/* Kept mounted: a vote or a round that brings its tab forward must not lose a card being written. */}
            <div hidden={tab !== 'add'}>
              <PhoneAdd />
            </div>
            {tab === 'mine' && <PhoneMine />}
            {tab === 'rate' && <PhoneRate />}
            {tab === 'vote' && <PhoneVote />}
          </>
        )}
      </main>
      <footer className="phone-footer">
        <button type="button" className="button ghost" onClick={name.rename}>
          {t('me', { name: name.participant.name })}
        </button>
        <LanguageSwitcher />
        <button type="button" className="button ghost" onClick={() => chooseScreen('board')}>
          {t('boardView')}
        </button>
      </footer>
    </div>
  );
}

/** The current tab; a rating round or a vote that opens brings its tab forward once. */
function useTab(): [Tab, (tab: Tab) => void] {
  const [tab, setTab] = useState<Tab>('add');
  const session = useSession();
  const roundOpen = session.ratingRound?.status === 'open';
  const voteId = session.vote?.status === 'open' ? session.vote.id : null;
  useEffect(() => {
    if (roundOpen) setTab('rate');
  }, [roundOpen]);
  useEffect(() => {
    if (voteId) setTab('vote');
  }, [voteId]);
  return [tab, setTab];
}

/** A dot on the tab of what the facilitator opened. */
function TabBadge({ tab }: { tab: Tab }) {
  const session = useSession();
  const active =
    (tab === 'rate' && session.ratingRound?.status === 'open') || (tab === 'vote' && session.vote?.status === 'open');
  return active ? <span className="phone-tab-dot" aria-hidden="true" /> : null;
}
