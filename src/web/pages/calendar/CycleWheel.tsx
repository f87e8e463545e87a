// The årshjul as a wheel (plain SVG): twelve months, the planning steps on the outer ring, the
// follow-up on the inner, the election and the new term in the middle. Each step is a link to its
// page, reachable by Tab and opened with Enter; the list beside it is the text alternative.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { stepKey } from '../../../core/calendar/tasks.js';
import type { AnnualCycle, Step } from '../../calendarApi.js';
import { angleOf, lanes, point } from '../../calendarWheel.js';
import { monthLabel, stepHref } from './text.js';

const rings = { planning: 172, followup: 112 } as const;
const LANE = 19;
const R = 9;
/** The specification's figure marks the three plans: SP strategisk plan, NP nämndplan, VP verksamhetsplan. */
const planLetters: Partial<Record<Step['step'], string>> = { kf_strategisk_plan: 'SP', namndplan: 'NP', verksamhetsplan: 'VP' };
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const ELECTION = 46;

function arcPath(from: number, to: number, radius: number): string {
  const a = point(from, radius);
  const b = point(to, radius);
  const large = (to - from + 360) % 360 > 180 ? 1 : 0;
  return `M ${a.x} ${a.y} A ${radius} ${radius} 0 ${large} 1 ${b.x} ${b.y}`;
}

export function CycleWheel({ cycle }: { cycle: AnnualCycle }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (s: Step) => (e: MouseEvent) => {
    e.preventDefault();
    void navigate(stepHref(cycle.year, stepKey(s)));
  };
  const val = cycle.steps.find((s) => s.step === 'val');
  const ringSteps = (ring: 'planning' | 'followup') =>
    lanes(
      cycle.steps.filter((s) => s.ring === ring),
      ring === 'planning' ? 6 : 8,
    );
  const label = (s: Step) => t('calendarWheel.markerLabel', { title: s.title, phase: t(`calendarWheel.phase.${s.phase}`), due: s.due });

  return (
    <svg viewBox="-230 -230 460 460" className="calendar-wheel">
      <title>{t('calendarWheel.wheelHeading', { year: cycle.year })}</title>
      <style>{`
        .calendar-wheel a:focus { outline: none; }
        .calendar-wheel a:focus-visible circle { stroke: var(--ds-color-focus-outer, #000); stroke-width: 4; }
        .calendar-wheel a:hover circle { stroke-width: 3; }
      `}</style>
      <circle r={rings.planning + 14} fill="none" stroke="var(--ds-color-neutral-border-subtle)" />
      <circle r={rings.followup + 14} fill="none" stroke="var(--ds-color-neutral-border-subtle)" />
      <circle r={rings.followup - 3 * LANE + 4} fill="none" stroke="var(--ds-color-neutral-border-subtle)" />
      {MONTHS.map((month) => {
        const angle = angleOf(`${cycle.year}-${String(month).padStart(2, '0')}-01`);
        const edge = point(angle, 200);
        const inner = point(angle, rings.followup - 3 * LANE + 4);
        const mid = point(angle + 15, 214);
        return (
          <g key={month}>
            <line x1={inner.x} y1={inner.y} x2={edge.x} y2={edge.y} stroke="var(--ds-color-neutral-border-subtle)" />
            <text
              x={mid.x}
              y={mid.y}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize="12"
              fill="var(--ds-color-neutral-text-default)"
            >
              {monthLabel(month, 'short')}
            </text>
          </g>
        );
      })}
      {val && (
        <Election
          val={val}
          href={stepHref(cycle.year, stepKey(val))}
          onClick={open(val)}
          label={t('calendarWheel.electionLabel', { day: val.start, term: val.due })}
          short={t('calendarWheel.electionShort')}
        />
      )}
      <text y="-6" textAnchor="middle" fontSize="22" fontWeight="bold" fill="var(--ds-color-neutral-text-default)">
        {cycle.year}
      </text>
      <text y="14" textAnchor="middle" fontSize="10" fill="var(--ds-color-neutral-text-subtle)">
        {cycle.electionYear ? t('calendarWheel.electionYearShort') : t('calendarWheel.budgetYearShort', { year: cycle.year + 1 })}
      </text>
      {(['planning', 'followup'] as const).map((ring) => (
        <g key={ring}>
          {ringSteps(ring).map(({ step, angle, lane }) => {
            const c = point(angle, rings[ring] + 8 - lane * LANE);
            const color = step.phase === 'P' ? 'accent' : step.phase === 'G' ? 'success' : 'warning';
            return (
              <g key={`${stepKey(step)}-${step.due}`}>
                <a href={stepHref(cycle.year, stepKey(step))} onClick={open(step)} aria-label={label(step)}>
                  <circle
                    cx={c.x}
                    cy={c.y}
                    r={R}
                    fill={`var(--ds-color-${color}-surface-tinted)`}
                    stroke={`var(--ds-color-${color}-border-strong)`}
                    strokeWidth="1.5"
                  />
                  <text
                    x={c.x}
                    y={c.y}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fontSize={planLetters[step.step] ? 8 : 10}
                    fontWeight="bold"
                    fill={`var(--ds-color-${color}-text-default)`}
                  >
                    {planLetters[step.step] ?? step.phase}
                  </text>
                </a>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

/** The election day and the run-up to the new term, on the innermost ring. */
function Election({
  val,
  href,
  onClick,
  label,
  short,
}: {
  val: Step;
  href: string;
  onClick: (e: MouseEvent) => void;
  label: string;
  short: string;
}) {
  const at = point(angleOf(val.start), ELECTION);
  return (
    <g>
      <path
        d={arcPath(angleOf(val.start), angleOf(val.due), ELECTION)}
        fill="none"
        stroke="var(--ds-color-accent-base-default)"
        strokeWidth="5"
      />
      <a href={href} onClick={onClick} aria-label={label}>
        <circle
          cx={at.x}
          cy={at.y}
          r={R}
          fill="var(--ds-color-accent-surface-tinted)"
          stroke="var(--ds-color-accent-border-strong)"
          strokeWidth="1.5"
        />
        <text
          x={at.x}
          y={at.y}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize="10"
          fontWeight="bold"
          fill="var(--ds-color-accent-text-default)"
        >
          {short}
        </text>
      </a>
    </g>
  );
}
