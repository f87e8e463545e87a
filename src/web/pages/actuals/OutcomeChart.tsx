// Accumulated budget and outcome through the year as a plain SVG line chart; the month table
// beside it is its text alternative, so the chart only carries a name and a one-line takeaway.
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ChartSvg, SeriesSample } from '../../components/chart/ChartSvg.js';
import { formatNumber } from '../../format.js';
import type { Outcome } from './actualsApi.js';

export function OutcomeChart({ o }: { o: Outcome }) {
  const { t } = useTranslation();
  const short = t('actuals.monthsShort', { returnObjects: true }) as string[];
  const series = [
    { key: 'budget', label: t('actuals.monthTable.accBudget'), values: o.months.map((m) => m.accBudgetKr / 1000) },
    {
      key: 'outcome',
      label: t('actuals.monthTable.accOutcome'),
      values: o.months.map((m) => (m.accOutcomeKr === null ? null : m.accOutcomeKr / 1000)),
    },
  ];
  const last = o.months[o.throughMonth - 1];
  return (
    <figure className="trend-chart actuals-chart">
      <ChartSvg
        label={t('actuals.chart.label', { name: o.name, year: o.year })}
        categories={o.months.map((m) => ({ key: String(m.month), short: short[m.month - 1] ?? String(m.month) }))}
        series={series}
      />
      <figcaption>
        <ul className="trend-chart__legend">
          {series.map((s, i) => (
            <li key={s.key}>
              <SeriesSample index={i} />
              {s.label}
            </li>
          ))}
        </ul>
        <Paragraph data-size="sm" className="muted">
          {last && last.deviationKr !== null
            ? t('actuals.chart.takeaway', {
                month: (t('actuals.months', { returnObjects: true }) as string[])[o.throughMonth - 1]?.toLowerCase(),
                amount: formatNumber(Math.abs(last.deviationKr)),
                direction: t(last.deviationKr > 0 ? 'actuals.over' : 'actuals.under'),
              })
            : t('actuals.chart.noOutcome')}{' '}
          {t('actuals.chart.unit')}
        </Paragraph>
      </figcaption>
    </figure>
  );
}
