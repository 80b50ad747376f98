import { CARD_KINDS, type CardKind } from '@parcours/journey';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export const DETAIL_FIELDS = ['does', 'thinks', 'feels', 'needs'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
export type Details = Partial<Record<DetailField, string>>;

/** The kind as four large radio buttons (one tap, labelled for screen readers). */
export function KindChoice(props: { value: CardKind; onChange: (kind: CardKind) => void }) {
  const { t } = useTranslation('phone');
  const name = useId();
  return (
    <fieldset className="phone-kinds">
      <legend>{t('add.kind')}</legend>
      {CARD_KINDS.map((kind) => (
        <label key={kind} className={`phone-kind kind-${kind} ${props.value === kind ? 'checked' : ''}`}>
          <input
            type="radio"
            name={name}
            value={kind}
            checked={props.value === kind}
            onChange={() => props.onChange(kind)}
          />
          {t(`translation:kinds.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** The card's text: a plain textarea, so the phone's keyboard can dictate. */
export function CardText(props: { value: string; onChange: (text: string) => void; autoFocus?: boolean }) {
  const { t } = useTranslation('phone');
  const id = useId();
  return (
    <div className="phone-field">
      <label htmlFor={id}>{t('add.text')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={2000}
        value={props.value}
        placeholder={t('add.placeholder')}
        autoFocus={props.autoFocus}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/** Does / thinks / feels / needs, folded away: optional. */
export function DetailsFields(props: { value: Details; onChange: (details: Details) => void }) {
  const { t } = useTranslation('phone');
  const open = DETAIL_FIELDS.some((f) => props.value[f]);
  const id = useId();
  return (
    <details className="phone-details" open={open || undefined}>
      <summary>{t('add.details')}</summary>
      {DETAIL_FIELDS.map((field) => (
        <div key={field} className="phone-field">
          <label htmlFor={`${id}-${field}`}>{t(`translation:card.fields.${field}`)}</label>
          <textarea
            id={`${id}-${field}`}
            rows={2}
            maxLength={2000}
            value={props.value[field] ?? ''}
            onChange={(e) => props.onChange({ ...props.value, [field]: e.target.value })}
          />
        </div>
      ))}
    </details>
  );
}

/** Only the fields with text (an empty one is left out, not written as ""). */
export function filledDetails(details: Details): Details {
  const out: Details = {};
  for (const field of DETAIL_FIELDS) {
    const value = details[field]?.trim();
    if (value) out[field] = value;
  }
  return out;
}
