import { type Card, type CardKind, removeCard, setCardText, updateCard } from '@parcours/journey';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { useSession } from '../facilitation/useFacilitation';
import { CardText, DETAIL_FIELDS, type Details, DetailsFields, KindChoice } from './CardFields';
import { myCards, readIds } from './myCards';
import { inReadingOrder, placeOf, shortText } from './readingOrder';

/** Mes cartes: the participant's own cards, to edit or delete (private ones say so until revealed). */
export function PhoneMine() {
  const { t } = useTranslation('phone');
  const snapshot = useBoardStore((s) => s.snapshot);
  const me = useBoardStore((s) => s.participant);
  const boardId = useBoardStore((s) => s.boardId);
  const privateMode = useSession().privateMode;
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const cards = useMemo(
    () =>
      snapshot && me && boardId
        ? inReadingOrder(snapshot, myCards(Object.values(snapshot.cards), me.id, readIds(boardId)))
        : [],
    [snapshot, me, boardId],
  );
  if (!snapshot) return null;
  return (
    <section className="phone-list" aria-labelledby="phone-mine-title">
      <h2 id="phone-mine-title" className="visually-hidden">
        {t('tabs.mine')}
      </h2>
      {privateMode && <p className="phone-hint">{t('mine.privateHint')}</p>}
      {cards.length === 0 && <p className="phone-empty">{t('mine.none')}</p>}
      <ul>
        {cards.map((card) => (
          <li key={card.id} className={`phone-card kind-${card.kind}`} data-testid="phone-my-card">
            {editing === card.id ? (
              <EditCard
                card={card}
                onDone={(message) => {
                  setEditing(null);
                  setStatus(message);
                }}
              />
            ) : (
              <MyCard
                card={card}
                place={placeOf(snapshot, card)}
                onEdit={() => setEditing(card.id)}
                onDeleted={() => setStatus(t('mine.deleted'))}
              />
            )}
          </li>
        ))}
      </ul>
      <p className="phone-status-line" role="status">
        {status}
      </p>
    </section>
  );
}

function MyCard(props: { card: Card; place: string | null; onEdit: () => void; onDeleted: () => void }) {
  const { t } = useTranslation('phone');
  const { card } = props;
  const [confirming, setConfirming] = useState(false);
  const label = shortText(card.text) || t('translation:card.emptyText');
  return (
    <>
      <div className="phone-card-meta">
        <span className="phone-kind-tag">{t(`translation:kinds.${card.kind}`)}</span>
        {card.hidden && <span className="badge">{t('mine.private')}</span>}
        <small>{props.place ?? t('mine.tray')}</small>
      </div>
      <p className="phone-card-text">{card.text || t('translation:card.emptyText')}</p>
      <div className="phone-row">
        <button
          type="button"
          className="button"
          aria-label={t('mine.editLabel', { text: label })}
          onClick={props.onEdit}
        >
          {t('mine.edit')}
        </button>
        {confirming ? (
          <button
            type="button"
            className="button danger"
            autoFocus
            onClick={() => {
              const doc = useBoardStore.getState().doc;
              if (doc) removeCard(doc, { cardId: card.id });
              props.onDeleted();
            }}
          >
            {t('mine.confirmDelete')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-label={t('mine.deleteLabel', { text: label })}
            onClick={() => setConfirming(true)}
          >
            {t('mine.delete')}
          </button>
        )}
      </div>
    </>
  );
}

function EditCard(props: { card: Card; onDone: (message: string) => void }) {
  const { t } = useTranslation('phone');
  const { card } = props;
  const [kind, setKind] = useState<CardKind>(card.kind);
  const [text, setText] = useState(card.text);
  const [details, setDetails] = useState<Details>(() => {
    const out: Details = {};
    for (const field of DETAIL_FIELDS) if (card[field]) out[field] = card[field];
    return out;
  });
  const save = (event: FormEvent) => {
    event.preventDefault();
    const doc = useBoardStore.getState().doc;
    if (!doc) return;
    // Two commands, as the card panel runs them: the text merges with concurrent typing (Y.Text).
    setCardText(doc, { cardId: card.id, text });
    const patch: Record<string, string | null> = {};
    for (const field of DETAIL_FIELDS) {
      const value = details[field]?.trim() ?? '';
      if (value !== (card[field] ?? '')) patch[field] = value || null;
    }
    updateCard(doc, { cardId: card.id, ...(kind !== card.kind ? { kind } : {}), ...patch });
    props.onDone(t('mine.saved'));
  };
  return (
    <form className="phone-form" onSubmit={save}>
      <KindChoice value={kind} onChange={setKind} />
      <CardText value={text} onChange={setText} autoFocus />
      <DetailsFields value={details} onChange={setDetails} />
      <div className="phone-row">
        <button type="submit" className="button primary">
          {t('mine.save')}
        </button>
        <button type="button" className="button" onClick={() => props.onDone('')}>
          {t('mine.cancel')}
        </button>
      </div>
    </form>
  );
}
