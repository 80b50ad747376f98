import {
  addBlueprintLanes,
  LANE_LABELS,
  LANE_LINES,
  LANE_STYLE,
  LANES,
  type Lane,
  laneOf,
  setChannelLane,
} from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { toastInfo } from '../../store/toastStore';
import { isStructureLockedFor } from '../facilitation/useFacilitation';
import './blueprint.css';
import { Panel } from '../common/Panel';

/** The lane and line names in the interface language. */
export function useLaneLabels() {
  const { i18n } = useTranslation();
  return LANE_LABELS[i18n.language?.startsWith('en') ? 'en' : 'fr'];
}

/**
 * The service blueprint of the current journey: add the backstage and support lanes below its
 * channels, and put each channel (row) in a lane. Lanes are structure: read-only for participants
 * while the facilitator locks it, as channels are.
 */
export function BlueprintPanel() {
  const { t } = useTranslation('blueprint');
  const labels = useLaneLabels();
  const doc = useBoardStore((s) => s.doc);
  const view = useBoardStore((s) => s.view);
  const readOnly = useBoardStore((s) => !canEdit(s.role) || isStructureLockedFor(s));
  const setPanel = useBoardStore((s) => s.setPanel);
  const channels = view?.channels ?? [];
  const complete = channels.some((c) => laneOf(c) === 'backstage') && channels.some((c) => laneOf(c) === 'support');

  const addLanes = () => {
    if (!doc || !view) return;
    const added = addBlueprintLanes(doc, {
      journeyId: view.journey.id,
      locale: useBoardStore.getState().snapshot?.board.locale,
    });
    if (added.length > 0) toastInfo(t('lanesAdded'));
  };

  return (
    <Panel
      look="side-panel"
      className="blueprint-panel"
      title={t('panel')}
      testId="blueprint-panel"
      onClose={() => setPanel(null)}
    >
      <div className="side-panel-body stack">
        <p className="muted">{t('intro')}</p>
        {!readOnly &&
          (complete ? (
            <p className="muted">{t('lanesPresent')}</p>
          ) : (
            <button type="button" className="button" onClick={addLanes} disabled={!view}>
              {t('addLanes')}
            </button>
          ))}
        <h3>{t('channels')}</h3>
        {channels.length === 0 && <p className="empty-state">{t('noChannel')}</p>}
        {channels.map((channel) => (
          <label key={channel.id} className="field blueprint-channel">
            <span>
              <span
                className="lane-swatch"
                style={{ background: LANE_STYLE[laneOf(channel)].fill }}
                aria-hidden="true"
              />
              {channel.name}
            </span>
            <select
              aria-label={t('laneOf', { name: channel.name })}
              value={laneOf(channel)}
              disabled={readOnly || !doc}
              onChange={(e) => doc && setChannelLane(doc, { channelId: channel.id, lane: e.target.value as Lane })}
            >
              {LANES.map((lane) => (
                <option key={lane} value={lane}>
                  {labels.lanes[lane]}
                </option>
              ))}
            </select>
          </label>
        ))}
        <h3>{t('lines')}</h3>
        <ul className="blueprint-lines">
          {LANE_LINES.map((line, i) => (
            <li key={line}>
              <strong>{labels.lines[line]}</strong> — {labels.lanes[LANES[i]!]} / {labels.lanes[LANES[i + 1]!]}
            </li>
          ))}
        </ul>
      </div>
    </Panel>
  );
}
