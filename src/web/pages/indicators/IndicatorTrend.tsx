// "Utveckling över tid": the indicator's values (totals, not the gender split) per unit over the
// periods measured, and for each unit with targets the target in force in each period (the same
// rule as the status), as a chart with its table and CSV.
import { useTranslation } from 'react-i18next';
import { latestTakeaway, TrendChart } from '../../components/chart/TrendChart.js';
import { targetInForce } from '../../../core/indicators/status.js';
import { parsePeriod } from '../../../core/period.js';
import type { IndicatorDetail } from '../../indicatorApi.js';
import { periodShort, periodText, sortPeriods } from '../../indicatorText.js';

export function IndicatorTrend({ indicator: d }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const totals = d.measurements.filter((m) => m.gender === 'T');
  const periods = sortPeriods(totals.map((m) => m.period));
  const units = [...new Map(totals.map((m) => [m.orgUnitId, m.orgUnitName])).entries()];
  const categories = periods.map((p) => ({ key: p, label: periodText(p), short: periodShort(p) }));
  const values = units.map(([unitId, name]) => ({
    key: unitId,
    label: name,
    values: periods.map((p) => totals.find((m) => m.orgUnitId === unitId && m.period === p)?.value ?? null),
  }));
  const targets = units.flatMap(([unitId, name]) => {
    const own = d.targets.filter((x) => x.orgUnitId === unitId && !x.isBaseline);
    if (own.length === 0 || d.direction === 'neutral') return [];
    return [
      {
        key: `target-${unitId}`,
        label: t('trend.target', { unit: name }),
        values: periods.map((p) => targetInForce(own, parsePeriod(p))?.value ?? null),
      },
    ];
  });
  const series = [...values, ...targets];
  return (
    <TrendChart
      heading={t('trend.heading')}
      // The sentence tells the values; the targets are drawn and tabled beside them.
      takeaway={latestTakeaway(t, categories, values, d.unit) ?? t('trend.none')}
      unit={d.unit}
      categories={categories}
      series={series}
      seriesHeader={t('measurements.colUnit')}
      tableCaption={t('trend.caption', { name: d.name, unit: d.unit || t('indicatorFacts.noUnit') })}
    />
  );
}
