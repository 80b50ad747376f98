import type { SurveyMapping } from '@parcours/journey';
import { useTranslation } from 'react-i18next';

type Target = 'csat' | 'nps' | 'ces' | 'comment';

/** The scales of CSAT and NPS values: raw answers or scores, with their labels. */
const SCALES = {
  csat: [
    ['1-5', 'survey.csatRaw'],
    ['0-100', 'survey.csatScore'],
  ],
  nps: [
    ['0-10', 'survey.npsRaw'],
    ['-100-100', 'survey.npsScore'],
  ],
} as const;

/** One select per figure: which column holds it (or none), and for CSAT/NPS whether values are raw answers or scores. */
export function SurveyMappingForm(props: {
  header: readonly string[];
  mapping: SurveyMapping | null;
  onChange: (mapping: SurveyMapping | null) => void;
}) {
  const { t } = useTranslation('plan');
  const { mapping, header } = props;
  const columns = header
    .map((name, column) => ({ name, column }))
    .map(({ name, column }) => (
      <option key={column} value={column}>
        {name || t('survey.column', { n: column + 1 })}
      </option>
    ));
  const setTouchpoint = (column: string, by: 'id' | 'text') => {
    if (column === '') props.onChange(null);
    else
      props.onChange({ ...(mapping ?? { header: true }), touchpoint: { column: Number(column), by } } as SurveyMapping);
  };
  const setTarget = (target: Target, column: string) => {
    if (!mapping) return;
    const next = { ...mapping } as Record<string, unknown>;
    if (column === '') delete next[target];
    else if (target === 'csat') next.csat = { column: Number(column), scale: mapping.csat?.scale ?? '1-5' };
    else if (target === 'nps') next.nps = { column: Number(column), scale: mapping.nps?.scale ?? '0-10' };
    else next[target] = { column: Number(column) };
    props.onChange(next as SurveyMapping);
  };
  return (
    <div className="survey-mapping grid-2">
      <label className="field">
        <span>{t('survey.touchpointColumn')}</span>
        <select
          value={mapping?.touchpoint.column ?? ''}
          onChange={(e) => setTouchpoint(e.target.value, mapping?.touchpoint.by ?? 'text')}
        >
          <option value="">—</option>
          {columns}
        </select>
      </label>
      <label className="field">
        <span>{t('survey.matchBy')}</span>
        <select
          value={mapping?.touchpoint.by ?? 'text'}
          disabled={!mapping}
          onChange={(e) => mapping && setTouchpoint(String(mapping.touchpoint.column), e.target.value as 'id' | 'text')}
        >
          <option value="text">{t('survey.byText')}</option>
          <option value="id">{t('survey.byId')}</option>
        </select>
      </label>
      {(['csat', 'nps', 'ces', 'comment'] as const).map((target) => (
        <label key={target} className="field">
          <span>{t(`survey.targets.${target}`)}</span>
          <select
            value={mapping?.[target]?.column ?? ''}
            disabled={!mapping}
            onChange={(e) => setTarget(target, e.target.value)}
          >
            <option value="">{t('survey.none')}</option>
            {columns}
          </select>
        </label>
      ))}
      {(['csat', 'nps'] as const).map((metric) => {
        const figure = mapping?.[metric];
        return (
          figure && (
            <label key={`${metric}-scale`} className="field">
              <span>{t(`survey.${metric}Scale`)}</span>
              <select
                value={figure.scale}
                onChange={(e) =>
                  props.onChange({
                    ...mapping,
                    [metric]: { column: figure.column, scale: e.target.value },
                  } as SurveyMapping)
                }
              >
                {SCALES[metric].map(([scale, label]) => (
                  <option key={scale} value={scale}>
                    {t(label)}
                  </option>
                ))}
              </select>
            </label>
          )
        );
      })}
    </div>
  );
}
