import { addJourney, duplicateJourney, removeJourney, renameJourney, sortByOrder } from '@parcours/journey';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { BlueprintMenuItem } from '../blueprint/BlueprintButton';
import { Dialog } from '../common/Dialog';
import { InlineEdit } from '../common/InlineEdit';
import { isStructureLockedFor } from '../facilitation/useFacilitation';
import { copyTitle } from './copyTitle';

function useJourneys() {
  const journeys = useBoardStore((s) => s.snapshot?.journeys);
  return useMemo(() => (journeys ? sortByOrder(Object.values(journeys)) : []), [journeys]);
}

/**
 * Tabs of the board's journeys (as-is / to-be ...), with add, duplicate as to-be, rename and delete.
 * `folded`: the top bar is full, only the current journey's tab shows (the others are in its "More"
 * menu, OtherJourneys).
 */
export function JourneySwitcher({ folded = false }: { folded?: boolean }) {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const journeyId = useBoardStore((s) => s.journeyId);
  const setJourney = useBoardStore((s) => s.setJourney);
  // Journeys are structure: participants cannot change them while the facilitator locks it.
  const editable = useBoardStore((s) => canEdit(s.role) && !isStructureLockedFor(s));
  const [menu, setMenu] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const list = useJourneys();
  const current = list.find((j) => j.id === journeyId);

  const add = () => {
    if (!doc) return;
    setJourney(addJourney(doc, { title: t('journey.newTitle', { n: list.length + 1 }) }));
    setMenu(false);
  };
  const duplicate = () => {
    if (!doc || !current) return;
    const id = duplicateJourney(doc, {
      journeyId: current.id,
      title: copyTitle(
        current.title || t('journey.untitled'),
        (title) => t('journey.toBeTitle', { title }),
        list.map((j) => j.title),
      ),
      stage: 'to-be',
    });
    if (id) setJourney(id);
    setMenu(false);
  };

  return (
    <nav className="journeys" aria-label={t('journey.label')}>
      <div className="journey-tabs" data-fit>
        {list.map((j) =>
          j.id === journeyId ? (
            <div key={j.id} className="journey-tab active" aria-current="page" data-journey-id={j.id}>
              <InlineEdit
                value={j.title}
                placeholder={t('journey.untitled')}
                label={t('journey.rename')}
                readOnly={!editable}
                onCommit={(title) => doc && renameJourney(doc, { journeyId: j.id, title })}
              />
              {j.stage === 'to-be' && <span className="stage-badge">{t('journey.toBe')}</span>}
            </div>
          ) : folded ? null : (
            <button
              key={j.id}
              type="button"
              className="journey-tab"
              title={j.title || t('journey.untitled')}
              data-journey-id={j.id}
              onClick={() => setJourney(j.id)}
            >
              <span className="journey-tab-title">{j.title || t('journey.untitled')}</span>
              {j.stage === 'to-be' && <span className="stage-badge">{t('journey.toBe')}</span>}
            </button>
          ),
        )}
      </div>
      {editable && (
        <div className="menu-anchor">
          <button
            type="button"
            className="icon-button"
            aria-haspopup="menu"
            aria-expanded={menu}
            aria-label={t('journey.menu')}
            title={t('journey.menu')}
            onClick={() => setMenu(!menu)}
          >
            ⋯
          </button>
          {menu && (
            <div className="menu" role="menu" onMouseLeave={() => setMenu(false)}>
              <button type="button" role="menuitem" onClick={add}>
                {t('journey.add')}
              </button>
              <button type="button" role="menuitem" onClick={duplicate} disabled={!current}>
                {t('journey.duplicate')}
              </button>
              <BlueprintMenuItem onDone={() => setMenu(false)} />
              <button
                type="button"
                role="menuitem"
                className="danger"
                disabled={!current || list.length <= 1}
                onClick={() => {
                  setMenu(false);
                  setConfirmDelete(true);
                }}
              >
                {t('journey.delete')}
              </button>
            </div>
          )}
        </div>
      )}
      {confirmDelete && current && (
        <Dialog
          title={t('journey.deleteTitle')}
          onClose={() => setConfirmDelete(false)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button danger"
                onClick={() => {
                  if (doc) removeJourney(doc, { journeyId: current.id });
                  setConfirmDelete(false);
                }}
              >
                {t('journey.deleteConfirm')}
              </button>
            </>
          }
        >
          <p>{t('journey.deleteBody', { title: current.title || t('journey.untitled') })}</p>
        </Dialog>
      )}
    </nav>
  );
}

/** The journeys not on screen, for the top bar's "More" menu when their tabs do not fit. */
export function OtherJourneys({ onPick }: { onPick: () => void }) {
  const { t } = useTranslation();
  const list = useJourneys();
  const journeyId = useBoardStore((s) => s.journeyId);
  const setJourney = useBoardStore((s) => s.setJourney);
  return (
    <>
      {list
        .filter((j) => j.id !== journeyId)
        .map((j) => (
          <button
            key={j.id}
            type="button"
            role="menuitem"
            data-journey-id={j.id}
            onClick={() => {
              setJourney(j.id);
              onPick();
            }}
          >
            {j.title || t('journey.untitled')}
            {j.stage === 'to-be' && <span className="stage-badge">{t('journey.toBe')}</span>}
          </button>
        ))}
    </>
  );
}
