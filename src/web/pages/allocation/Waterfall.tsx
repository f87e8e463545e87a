// The bridge as a waterfall: last year's frame, each step as a bar from the running total to the
// next, the new frame. Plain SVG, one image with a name; the table beside it has every number.
// Increases are filled and decreases outlined, so the two differ without colour; the amount is
// written at each bar. The axis starts near the frames, not at zero, and the page says so.
import { niceTicks } from '../../components/chart/scale.js';
import { formatNumber } from '../../format.js';

export interface WaterfallBar {
  key: string;
  label: string;
  amountKr: number;
  /** A frame (from the axis) rather than a step (from the running total). */
  total?: boolean;
}

const W = 680;
const ROW = 26;
const M = { left: 190, right: 110, top: 8, bottom: 28 };
const mkr = (kr: number) => formatNumber(Math.round(kr / 100_000) / 10);

export function Waterfall({ label, bars }: { label: string; bars: WaterfallBar[] }) {
  let running = 0;
  const spans = bars.map((b) => {
    const from = b.total ? 0 : running;
    const to = b.total ? b.amountKr : running + b.amountKr;
    running = to;
    return { ...b, from, to };
  });
  const levels = spans.flatMap((s) => (s.total ? [s.to] : [s.from, s.to]));
  const ticks = niceTicks(Math.min(...levels), Math.max(...levels), 4);
  const lo = ticks[0] ?? 0;
  const hi = ticks.at(-1) ?? 1;
  const plotW = W - M.left - M.right;
  const x = (v: number) => M.left + ((Math.max(v, lo) - lo) / (hi - lo || 1)) * plotW;
  const H = M.top + M.bottom + spans.length * ROW;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className="trend-chart__svg" preserveAspectRatio="xMidYMid meet">
      <g className="trend-chart__grid">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={M.top} y2={H - M.bottom} />
            <text x={x(tick)} y={H - M.bottom + 16} textAnchor="middle">
              {mkr(tick)}
            </text>
          </g>
        ))}
      </g>
      {spans.map((s, i) => {
        const y = M.top + i * ROW + 4;
        const left = x(Math.min(s.from, s.to));
        const width = Math.max(1.5, x(Math.max(s.from, s.to)) - left);
        const down = !s.total && s.amountKr < 0;
        const color = s.total ? 'var(--ds-color-neutral-text-default)' : 'var(--ds-color-accent-text-subtle)';
        return (
          <g key={s.key} style={{ color }}>
            <text x={M.left - 8} y={y + ROW / 2 - 2} textAnchor="end" style={{ fill: 'var(--ds-color-neutral-text-default)' }}>
              {s.label}
            </text>
            <rect
              x={left}
              y={y}
              width={width}
              height={ROW - 8}
              fill={down ? 'none' : 'currentColor'}
              stroke="currentColor"
              strokeWidth={down ? 2 : 1}
              strokeDasharray={down ? '4 2' : undefined}
            />
            <text x={left + width + 6} y={y + ROW / 2 - 2} style={{ fill: 'var(--ds-color-neutral-text-default)' }}>
              {`${!s.total && s.amountKr > 0 ? '+' : ''}${mkr(s.amountKr)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
