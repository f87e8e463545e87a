// The drawing of a trend chart: value axis with round grid lines, one label per period (thinned
// when there are many), and each series as a line with its own dash and marker. The SVG is one
// image with a name; its numbers are in the table beside it, not in tooltips.
import { formatValue } from '../../indicatorText.js';
import { niceTicks } from './scale.js';
import { markerPath, styleOf } from './seriesStyle.js';

export interface ChartSeries {
  key: string;
  label: string;
  values: (number | null)[];
}

interface Props {
  label: string;
  categories: { key: string; short: string }[];
  series: ChartSeries[];
}

const W = 640;
const H = 280;
// Room on the right for the last period's label, centred on its point.
const M = { left: 60, right: 40, top: 16, bottom: 40 };

export function ChartSvg({ label, categories, series }: Props) {
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 5);
  const lo = ticks[0] ?? 0;
  const hi = ticks.at(-1) ?? 1;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = categories.length;
  const x = (i: number) => M.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => M.top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  // At most about ten period labels fit; the table has every period.
  const every = Math.max(1, Math.ceil(n / 10));

  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className="trend-chart__svg" preserveAspectRatio="xMidYMid meet">
      <g className="trend-chart__grid">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} />
            <text x={M.left - 8} y={y(tick)} dy="0.35em" textAnchor="end">
              {formatValue(tick)}
            </text>
          </g>
        ))}
      </g>
      <g className="trend-chart__axis">
        <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} />
        {categories.map((c, i) =>
          i % every === 0 || i === n - 1 ? (
            <text key={c.key} x={x(i)} y={H - M.bottom + 20} textAnchor="middle">
              {c.short}
            </text>
          ) : null,
        )}
      </g>
      {series.map((s, si) => {
        const style = styleOf(si);
        // A missing value breaks the line rather than bridging a gap that was never measured.
        const path = s.values
          .map((v, i) => (v === null ? null : `${i === 0 || s.values[i - 1] === null ? 'M' : 'L'}${x(i)},${y(v)}`))
          .filter(Boolean)
          .join('');
        return (
          <g key={s.key} style={{ color: style.color }}>
            <path d={path} fill="none" stroke="currentColor" strokeWidth={2.5} strokeDasharray={style.dash} />
            {s.values.map((v, i) =>
              v === null ? null : (
                <path
                  // biome-ignore lint/suspicious/noArrayIndexKey: a point is its period's position.
                  key={i}
                  d={markerPath(style.marker, x(i), y(v), 5)}
                  fill={style.marker === 'cross' ? 'none' : 'currentColor'}
                  stroke="currentColor"
                  strokeWidth={style.marker === 'cross' ? 2.5 : 1}
                />
              ),
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** A small sample of a series' line and marker, for the legend. */
export function SeriesSample({ index }: { index: number }) {
  const style = styleOf(index);
  return (
    <svg aria-hidden="true" viewBox="0 0 36 14" width="36" height="14" style={{ color: style.color }} className="trend-chart__sample">
      <path d="M2,7H34" stroke="currentColor" strokeWidth={2.5} strokeDasharray={style.dash} fill="none" />
      <path
        d={markerPath(style.marker, 18, 7, 4.5)}
        fill={style.marker === 'cross' ? 'none' : 'currentColor'}
        stroke="currentColor"
        strokeWidth={style.marker === 'cross' ? 2.5 : 1}
      />
    </svg>
  );
}
