import {
  CARD_TEXT_FIELDS,
  type Card,
  type CardPatch,
  canLinkTouchpoint,
  isBehindVisibility,
  laneOf,
  updateCard,
} from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { DebouncedText } from '../common/DebouncedText';
import { Segmented } from '../common/Segmented';

const CARD_COLORS = ['#fde68a', '#fecaca', '#bbf7d0', '#bfdbfe', '#ddd6fe', '#fbcfe8', '#e5e7eb'] as const;
type Metric = 'csat' | 'nps' | 'ces';
const METRICS: Record<Metric, { min: number; max: number }> = {
  csat: { min: 0, max: 100 },
  nps: { min: -100, max: 100 },
  ces: { min: 1, max: 7 },
};

/** The customer's side of the card (does/thinks/feels/needs...), metrics, severity, link, colour. */
export function CardDetails({ card, readOnly }: { card: Card; readOnly: boolean }) {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc)!;
  const view = useBoardStore((s) => s.view);
  const patch = (p: CardPatch) => updateCard(doc, { cardId: card.id, ...p });
  // A backstage or support card links to the touchpoint it serves, as an irritant to the one it is about.
  const lane = laneOf(view?.channels.find((c) => c.id === card.channelId));
  const linkable = canLinkTouchpoint(card.kind, lane);
  const serves = linkable && card.kind !== 'irritant' && card.kind !== 'enchantment' && isBehindVisibility(lane);
  const touchpoints = view
    ? [...view.cells.values(), view.unplaced].flat().filter((c) => c.kind === 'touchpoint' && c.id !== card.id)
    : [];

  return (
    <>
      <details className="details" open>
        <summary>{t('card.customer')}</summary>
        <div className="stack">
          {CARD_TEXT_FIELDS.map((field) => (
            <div key={field} className="field">
              <span>{t(`card.fields.${field}`)}</span>
              <DebouncedText
                name={field}
                label={t(`card.fields.${field}`)}
                multiline={field !== 'department'}
                rows={2}
                value={card[field] ?? ''}
                readOnly={readOnly}
                onCommit={(value) => patch({ [field]: value || null })}
              />
            </div>
          ))}
        </div>
      </details>
      <details className="details">
        <summary>{t('card.measures')}</summary>
        <div className="field-row">
          {(Object.keys(METRICS) as Metric[]).map((metric) => (
            <label key={metric} className="field">
              <span>{t(`card.metrics.${metric}`)}</span>
              <input
                type="number"
                name={metric}
                min={METRICS[metric].min}
                max={METRICS[metric].max}
                readOnly={readOnly}
                defaultValue={card[metric] ?? ''}
                key={card[metric] ?? 'empty'}
                onBlur={(e) => {
                  const raw = e.target.value.trim();
                  const value = raw === '' ? null : Number(raw);
                  const { min, max } = METRICS[metric];
                  if (value === null || (Number.isFinite(value) && value >= min && value <= max))
                    patch({ [metric]: value });
                  else e.target.value = String(card[metric] ?? '');
                }}
              />
            </label>
          ))}
        </div>
      </details>
      {card.kind === 'irritant' && (
        <Segmented
          legend={t('card.severity')}
          name="severity"
          value={card.severity}
          disabled={readOnly}
          options={([1, 2, 3] as const).map((s) => ({ value: s, label: t(`card.severities.${s}`) }))}
          onChange={(severity) => patch({ severity })}
        />
      )}
      {linkable && (
        <label className="field">
          <span>{serves ? t('blueprint:servedTouchpoint') : t('card.touchpoint')}</span>
          <select
            name="touchpoint"
            value={card.touchpointId ?? ''}
            disabled={readOnly}
            onChange={(e) => patch({ touchpointId: e.target.value || null })}
          >
            <option value="">{t('card.noTouchpoint')}</option>
            {touchpoints.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.text || t('card.emptyText')}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="field">
        <legend>{t('card.color')}</legend>
        <div className="swatches">
          {CARD_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              className={`swatch ${card.color === c ? 'active' : ''}`}
              style={{ background: c }}
              aria-label={c}
              aria-pressed={card.color === c}
              disabled={readOnly}
              onClick={() => patch({ color: c })}
            />
          ))}
          <button
            type="button"
            className="swatch swatch-none"
            aria-label={t('card.defaultColor')}
            title={t('card.defaultColor')}
            disabled={readOnly || !card.color}
            onClick={() => patch({ color: null })}
          />
        </div>
      </fieldset>
    </>
  );
}
