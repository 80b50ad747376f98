import {
  CARD_KINDS,
  type Card,
  type CardKind,
  type Cell,
  clearRating,
  moveCard,
  rateEmotion,
  setCardText,
  setEmotion,
  unvote,
  updateCard,
  vote,
  voteCount,
} from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/formatNumber';
import { CardPicture } from '../../images/CardPicture';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { AnchorComments } from '../comments/AnchorComments';
import { DebouncedText } from '../common/DebouncedText';
import { Panel } from '../common/Panel';
import { CardVote } from '../facilitation/CardVote';
import { SurveyFeedback } from '../plan/SurveyFeedback';
import { CardDetails } from './CardDetails';
import { CellSelect } from './CellSelect';
import { EmotionPicker } from './EmotionPicker';

/** The selected card in full: every field, emotions, votes. Read-only on a view link. */
export function CardPanel() {
  const { t } = useTranslation();
  const selection = useBoardStore((s) => s.selection);
  const cardId = selection.size === 1 ? [...selection][0]! : null;
  const card = useBoardStore((s) => (cardId ? s.snapshot?.cards[cardId] : undefined));
  const clearSelection = useBoardStore((s) => s.clearSelection);

  return (
    <Panel look="side-panel" title={t('card.panel')} testId="card-panel" onClose={clearSelection}>
      {card ? (
        <CardForm key={card.id} card={card} />
      ) : (
        <p className="empty-state">{selection.size > 1 ? t('card.many', { count: selection.size }) : t('card.none')}</p>
      )}
    </Panel>
  );
}

function CardForm({ card }: { card: Card }) {
  const { t, i18n } = useTranslation();
  const doc = useBoardStore((s) => s.doc)!;
  const readOnly = useBoardStore((s) => !canEdit(s.role));
  // The facilitator's emotion: participants give theirs as a rating (the server refuses the rest).
  const facilitator = useBoardStore((s) => s.role === 'facilitator');
  const me = useBoardStore((s) => s.participant);
  const view = useBoardStore((s) => s.view);
  const myRating = me ? card.ratings[me.id] : undefined;
  const ratings = Object.values(card.ratings);
  const average = ratings.length ? ratings.reduce<number>((a, b) => a + b, 0) / ratings.length : null;
  const myVotes = me ? (card.votes[me.id] ?? 0) : 0;
  // A dot-voting round (ui/facilitation) replaces the free votes: limited dots, hidden counts.
  const voteRound = useBoardStore((s) => s.snapshot?.session.vote != null);
  // A card just added while a view other than the map is shown: its text is typed here.
  const typeHere = useBoardStore((s) => s.newCard?.id === card.id && s.editingCardId === null);

  const cellSelect = view && {
    card,
    phases: view.phases,
    channels: view.channels,
    trayLabel: t('card.tray'),
    disabled: readOnly,
    onMove: (to: Cell | null) => moveCard(doc, { cardId: card.id, to }),
  };

  return (
    <div className="side-panel-body stack">
      <AnchorComments anchor={{ kind: 'card', id: card.id }} />
      <label className="field">
        <span>{t('card.kind')}</span>
        <select
          name="kind"
          value={card.kind}
          disabled={readOnly}
          onChange={(e) => updateCard(doc, { cardId: card.id, kind: e.target.value as CardKind })}
        >
          {CARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <CardPicture card={card} readOnly={readOnly} />
      <div className="field">
        <span>{t('card.text')}</span>
        <DebouncedText
          name="text"
          label={t('card.text')}
          multiline
          value={card.text}
          readOnly={readOnly}
          placeholder={t('card.textPlaceholder')}
          autoFocus={typeHere && !readOnly}
          onCommit={(text) => setCardText(doc, { cardId: card.id, text })}
        />
      </div>
      {cellSelect && (
        <div className="field-row">
          <label className="field">
            <span>{t('card.phase')}</span>
            <CellSelect axis="phase" name="phase" {...cellSelect} />
          </label>
          <label className="field">
            <span>{t('card.channel')}</span>
            <CellSelect axis="channel" name="channel" {...cellSelect} />
          </label>
        </div>
      )}
      {facilitator && (
        <div className="field">
          <span className="field-label">{t('card.emotion')}</span>
          <EmotionPicker
            label={t('card.emotion')}
            value={card.emotion}
            readOnly={readOnly}
            testId="facilitator-emotion"
            onChange={(emotion) => setEmotion(doc, { cardId: card.id, emotion })}
          />
        </div>
      )}
      <div className="field">
        <span className="field-label">
          {t('card.myRating')}
          {average !== null && (
            <small className="muted">
              {' '}
              ·{' '}
              {t('card.average', {
                value: formatNumber(average, i18n.language, { fixed: true }),
                count: ratings.length,
              })}
            </small>
          )}
        </span>
        <EmotionPicker
          label={t('card.myRating')}
          value={myRating}
          readOnly={readOnly || !me}
          testId="my-rating"
          onChange={(emotion) => {
            if (!me) return;
            if (emotion === null) clearRating(doc, { cardId: card.id, participantId: me.id });
            else rateEmotion(doc, { cardId: card.id, participantId: me.id, emotion });
          }}
        />
      </div>
      {voteRound && <CardVote card={card} />}
      {!voteRound && (
        <div className="field votes">
          <span className="field-label">{t('card.votes', { count: voteCount(card) })}</span>
          <div className="row">
            <button
              type="button"
              className="button"
              disabled={readOnly || !me}
              onClick={() => me && vote(doc, { cardId: card.id, participantId: me.id })}
            >
              {t('card.vote')}
            </button>
            <button
              type="button"
              className="button"
              disabled={readOnly || !me || myVotes === 0}
              onClick={() => me && unvote(doc, { cardId: card.id, participantId: me.id })}
            >
              {t('card.unvote')}
            </button>
            {myVotes > 0 && <small className="muted">{t('card.myVotes', { count: myVotes })}</small>}
          </div>
        </div>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          name="keyMoment"
          checked={card.keyMoment}
          disabled={readOnly}
          onChange={(e) => updateCard(doc, { cardId: card.id, keyMoment: e.target.checked })}
        />
        {t('card.keyMoment')}
      </label>
      <CardDetails card={card} readOnly={readOnly} />
      <SurveyFeedback card={card} />
    </div>
  );
}
