import {
  CARD_KINDS,
  emotionCurve,
  irritantCounts,
  type Journey,
  type JourneyView,
  orderedJourneys,
  toJourneyView,
} from '@parcours/journey';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../i18n/formatNumber';
import { useBoardStore } from '../../store/boardStore';
import { alignCurves, defaultPair, kindCountsByPhase, titleWithStage } from './compareJourneys';
import { EmotionChart } from './EmotionChart';
import './views.css';

/** Two journeys (typically as-is and to-be of one persona) side by side, with their emotion curves on one chart. */
export function CompareView() {
  const { t } = useTranslation('views');
  const snapshot = useBoardStore((s) => s.snapshot);
  const currentId = useBoardStore((s) => s.journeyId);
  const journeys = useMemo(() => (snapshot ? orderedJourneys(snapshot) : []), [snapshot]);
  const [fallbackA, fallbackB] = useMemo(() => defaultPair(journeys, currentId), [journeys, currentId]);
  // The user's picks, kept only while those journeys exist (a peer may delete one).
  const [picked, setPicked] = useState<{ a?: string | null; b?: string | null }>({});
  const exists = (id: string | null | undefined) =>
    id === null || (id !== undefined && journeys.some((j) => j.id === id));
  const idA = exists(picked.a) ? (picked.a ?? null) : fallbackA;
  const idB = exists(picked.b) ? (picked.b ?? null) : fallbackB;
  const viewA = useMemo(() => (snapshot && idA ? toJourneyView(snapshot, idA) : null), [snapshot, idA]);
  const viewB = useMemo(() => (snapshot && idB ? toJourneyView(snapshot, idB) : null), [snapshot, idB]);
  const aligned = useMemo(() => {
    const curve = (v: JourneyView | null) => (v ? emotionCurve(v) : []);
    const names = (v: JourneyView | null) => (v ? v.phases.map((p) => p.name) : []);
    return alignCurves(curve(viewA), names(viewA), curve(viewB), names(viewB));
  }, [viewA, viewB]);

  const label = (j: Journey) => titleWithStage(j.title, t(`compare.stage.${j.stage}`));
  const picker = (side: 'a' | 'b', value: string | null) => (
    <label className="field compare-pick">
      <span>{t(side === 'a' ? 'compare.left' : 'compare.right')}</span>
      <select value={value ?? ''} onChange={(e) => setPicked({ ...picked, [side]: e.target.value || null })}>
        <option value="">{t('compare.none')}</option>
        {journeys.map((j) => (
          <option key={j.id} value={j.id}>
            {label(j)}
          </option>
        ))}
      </select>
    </label>
  );
  const samePersona =
    viewA && viewB && viewA.journey.personaId !== null && viewA.journey.personaId === viewB.journey.personaId;
  return (
    <div className="compare-view" data-testid="compare-view">
      <h2 className="views-title">{t('compare.title')}</h2>
      <div className="compare-picks">
        {picker('a', idA)}
        {picker('b', idB)}
        {viewA && viewB && (
          <span className="muted">{t(samePersona ? 'compare.samePersona' : 'compare.otherPersona')}</span>
        )}
      </div>
      {journeys.length < 2 && <p className="muted">{t('compare.needTwo')}</p>}
      <div className="compare-columns">
        {viewA && <JourneySummary view={viewA} series="a" />}
        {viewB && <JourneySummary view={viewB} series="b" />}
      </div>
      {(viewA || viewB) && (
        <section className="compare-curve">
          <h3>{t('compare.curve')}</h3>
          <EmotionChart
            points={aligned}
            nameA={viewA ? label(viewA.journey) : '—'}
            nameB={viewB ? label(viewB.journey) : '—'}
          />
        </section>
      )}
    </div>
  );
}

/** One journey's phases with its cards per kind and irritants per phase. */
function JourneySummary({ view, series }: { view: JourneyView; series: 'a' | 'b' }) {
  const { t } = useTranslation('views');
  const format = useFormatNumber();
  const counts = useMemo(() => kindCountsByPhase(view), [view]);
  const irritants = useMemo(() => irritantCounts(view), [view]);
  const curve = useMemo(() => emotionCurve(view), [view]);
  return (
    <section className={`compare-journey series-${series}`} data-journey-id={view.journey.id}>
      <h3>
        <span className="legend-swatch" aria-hidden="true" /> {view.journey.title}{' '}
        <span className="badge">{t(`compare.stage.${view.journey.stage}`)}</span>
      </h3>
      <p className="muted">
        {view.persona ? t('compare.persona', { name: view.persona.name }) : t('compare.noPersona')}
      </p>
      <table className="compare-table">
        <thead>
          <tr>
            <th>{t('compare.phase')}</th>
            {CARD_KINDS.map((k) => (
              <th key={k} className="num">
                {t(`translation:kinds.${k}`)}
              </th>
            ))}
            <th className="num">{t('table.columns.emotion')}</th>
          </tr>
        </thead>
        <tbody>
          {view.phases.map((phase, i) => (
            <tr key={phase.id}>
              <th scope="row">
                {i + 1}. {phase.name}
              </th>
              {CARD_KINDS.map((k) => (
                <td key={k} className={`num ${k === 'irritant' && counts[i]![k] > 0 ? 'hot' : ''}`}>
                  {counts[i]![k]}
                </td>
              ))}
              <td className="num">
                {curve[i]?.value == null ? t('compare.noEmotion') : format(curve[i]!.value!, { fixed: true })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="compare-irritants">{t('compare.irritantsTotal', { count: irritants.total })}</p>
    </section>
  );
}
