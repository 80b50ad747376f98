import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/formatNumber';
import { type Metric, metricRange, parseMetric } from './tableRows';

/**
 * A CSAT / NPS / CES cell: written on blur or Enter, only when valid (an out-of-range value is
 * flagged while typing and dropped on leaving, never half-written to the board). Like DebouncedText,
 * a peer's change does not overwrite what is being typed.
 */
export function MetricCell(props: {
  metric: Metric;
  label: string;
  value: number | undefined;
  readOnly: boolean;
  onCommit: (value: number | null) => void;
}) {
  const { t, i18n } = useTranslation('views');
  // In the UI's language ("66,7"); all the digits, so leaving the cell never rewrites a rounded value.
  const shown = props.value === undefined ? '' : formatNumber(props.value, i18n.language, { digits: 10 });
  const [draft, setDraft] = useState(shown);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(shown);
  }, [shown]);
  const parsed = parseMetric(props.metric, draft);
  const [min, max] = metricRange(props.metric);
  const commit = () => {
    if (parsed === undefined) setDraft(shown);
    else if (parsed !== (props.value ?? null)) props.onCommit(parsed);
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      aria-label={props.label}
      aria-invalid={parsed === undefined}
      title={parsed === undefined ? t('table.invalid', { min, max }) : undefined}
      value={draft}
      readOnly={props.readOnly}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(shown);
      }}
      onChange={(e) => setDraft(e.target.value)}
    />
  );
}
