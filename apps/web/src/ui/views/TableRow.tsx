import {
  CARD_KINDS,
  CARD_TEXT_FIELDS,
  type CardPatch,
  type Cell,
  type Channel,
  type CommentThread,
  EMOTIONS,
  moveCard,
  type Phase,
  type Severity,
  setCardText,
  updateCard,
} from '@parcours/journey';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/formatNumber';
import { CardThumb } from '../../images/CardThumb';
import { useBoardStore } from '../../store/boardStore';
import { useLaneLabels } from '../blueprint/BlueprintPanel';
import { CellSelect } from '../board/CellSelect';
import { CommentsCell } from '../comments/CommentsCell';
import { Choice } from '../common/Choice';
import { DebouncedText } from '../common/DebouncedText';
import { MetricCell } from './MetricCell';
import type { CardRow } from './tableRows';

const SEVERITIES: readonly Severity[] = [1, 2, 3];

/**
 * One card as a table row. Every edit goes through a model command on the shared doc, so the board
 * and the other participants see it at once. Memoised on the card's identity: the snapshot keeps
 * unchanged cards as the same object, so typing in one row re-renders only that row.
 */
export const TableRow = memo(
  function TableRow(props: {
    row: CardRow;
    phases: readonly Phase[];
    channels: readonly Channel[];
    editable: boolean;
    /** Only the facilitator sets a card's own emotion; participants rate it (see forbiddenChanges). */
    facilitator: boolean;
    /** A service blueprint: the row shows its channel's lane. */
    showLane?: boolean;
    /** The card's comment threads (ui/comments), the last column. */
    comments?: readonly CommentThread[] | undefined;
  }) {
    const laneLabels = useLaneLabels();
    const { t, i18n } = useTranslation('views');
    const doc = useBoardStore((s) => s.doc);
    const { row, editable } = props;
    const { card } = row;
    const update = (patch: CardPatch) => {
      if (doc && editable) updateCard(doc, { cardId: card.id, ...patch });
    };
    const cellSelect = {
      card,
      phases: props.phases,
      channels: props.channels,
      trayLabel: t('table.tray'),
      disabled: !editable,
      onMove: (to: Cell | null) => {
        if (doc && editable) moveCard(doc, { cardId: card.id, to });
      },
    };
    const col = (key: string) => t(`table.columns.${key}`);
    return (
      <tr data-card-id={card.id} className={`kind-${card.kind}`}>
        <td className="col-kind">
          <Choice
            label={col('kind')}
            value={card.kind}
            disabled={!editable}
            options={CARD_KINDS.map((k) => ({ value: k, label: t(`translation:kinds.${k}`) }))}
            onChange={(kind) => update({ kind })}
          />
        </td>
        <td className="col-text">
          <CardThumb card={card} />
          <DebouncedText
            value={card.text}
            label={col('text')}
            readOnly={!editable}
            onCommit={(text) => doc && editable && setCardText(doc, { cardId: card.id, text })}
          />
        </td>
        <td className="col-phase">
          <CellSelect axis="phase" label={col('phase')} {...cellSelect} />
        </td>
        <td className="col-channel">
          <CellSelect axis="channel" label={col('channel')} {...cellSelect} />
        </td>
        {props.showLane && (
          <td className="col-lane" title={row.lane ? laneLabels.lanes[row.lane] : undefined}>
            {row.lane ? laneLabels.short[row.lane] : ''}
          </td>
        )}
        {CARD_TEXT_FIELDS.map((field) => (
          <td key={field} className={`col-${field}`}>
            <DebouncedText
              value={card[field] ?? ''}
              label={col(field)}
              readOnly={!editable}
              onCommit={(value) => update({ [field]: value.trim() ? value : null })}
            />
          </td>
        ))}
        <td className="col-emotion">
          <Choice
            label={col('emotion')}
            title={
              Object.keys(card.ratings).length > 0
                ? t('table.ratedMean', {
                    value: row.emotion === null ? '' : formatNumber(row.emotion, i18n.language, { fixed: true }),
                  })
                : undefined
            }
            value={card.emotion ?? null}
            disabled={!editable || !props.facilitator}
            none={t('table.noEmotion')}
            options={EMOTIONS.map((e) => ({ value: e, label: t(`translation:emotions.${e}`) }))}
            onChange={(emotion) => update({ emotion })}
          />
        </td>
        <td className="col-keyMoment">
          <input
            type="checkbox"
            aria-label={col('keyMoment')}
            checked={card.keyMoment}
            disabled={!editable}
            onChange={(e) => update({ keyMoment: e.target.checked })}
          />
        </td>
        <td className="col-votes num">{row.votes}</td>
        {(['csat', 'nps', 'ces'] as const).map((metric) => (
          <td key={metric} className={`col-${metric} num`}>
            <MetricCell
              metric={metric}
              label={col(metric)}
              value={card[metric]}
              readOnly={!editable}
              onCommit={(value) => update({ [metric]: value })}
            />
          </td>
        ))}
        <td className="col-feedback feedback-cell" title={card.feedback?.join('\n')}>
          {card.feedback && card.feedback.length > 0 && (
            <>
              <span className="num">{card.feedback.length}</span> · {card.feedback[0]}
            </>
          )}
        </td>
        <td className="col-severity">
          <Choice
            label={col('severity')}
            value={card.severity ?? null}
            disabled={!editable}
            none="—"
            options={SEVERITIES.map((s) => ({ value: s, label: t(`translation:card.severities.${s}`) }))}
            onChange={(severity) => update({ severity })}
          />
        </td>
        <CommentsCell threads={props.comments} />
      </tr>
    );
  },
  (a, b) =>
    a.row.card === b.row.card &&
    a.row.phaseName === b.row.phaseName &&
    a.row.channelName === b.row.channelName &&
    a.phases === b.phases &&
    a.channels === b.channels &&
    a.editable === b.editable &&
    a.showLane === b.showLane &&
    a.facilitator === b.facilitator &&
    a.comments === b.comments,
);
