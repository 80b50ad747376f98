import { EMOTIONS } from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../i18n/formatNumber';
import { type AlignedPoint, curvePath } from './compareJourneys';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 96, right: 16, top: 14, bottom: 30 };

/** Both emotion curves on one chart, phase n of one journey above phase n of the other. */
export function EmotionChart(props: { points: readonly AlignedPoint[]; nameA: string; nameB: string }) {
  const { t } = useTranslation('views');
  const format = useFormatNumber();
  const { points } = props;
  const steps = Math.max(points.length, 1);
  const x = (i: number) =>
    PAD.left + (steps === 1 ? (WIDTH - PAD.left - PAD.right) / 2 : (i * (WIDTH - PAD.left - PAD.right)) / (steps - 1));
  const y = (v: number) => PAD.top + ((2 - v) * (HEIGHT - PAD.top - PAD.bottom)) / 4;
  const a = points.map((p) => p.a?.value ?? null);
  const b = points.map((p) => p.b?.value ?? null);
  const dots = (values: readonly (number | null)[], series: 'a' | 'b') =>
    values.map((v, i) =>
      v === null ? null : (
        <circle key={`${series}${points[i]!.index}`} className={`chart-dot series-${series}`} cx={x(i)} cy={y(v)} r={4}>
          <title>{`${(series === 'a' ? points[i]!.a : points[i]!.b)?.name ?? ''} : ${format(v, { fixed: true })}`}</title>
        </circle>
      ),
    );
  return (
    <figure className="emotion-chart" data-testid="emotion-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('compare.chartLabel', { a: props.nameA, b: props.nameB })}
      >
        {EMOTIONS.map((e) => (
          <g key={e}>
            <line
              className={`chart-grid ${e === 0 ? 'zero' : ''}`}
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(e)}
              y2={y(e)}
            />
            <text className="chart-axis" x={PAD.left - 8} y={y(e) + 4} textAnchor="end">
              {t(`translation:emotions.${e}`)}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <text key={p.index} className="chart-axis" x={x(i)} y={HEIGHT - 10} textAnchor="middle">
            {t('compare.step', { n: p.index + 1 })}
          </text>
        ))}
        <path className="chart-line series-a" d={curvePath(a, x, y)} />
        <path className="chart-line series-b" d={curvePath(b, x, y)} />
        {dots(a, 'a')}
        {dots(b, 'b')}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-item series-a">{props.nameA}</span>
        <span className="legend-item series-b">{props.nameB}</span>
      </figcaption>
    </figure>
  );
}
