// The comparison: the KPI over the years for each chosen area, as read in from Kolada, with its
// table and CSV. Totals only; Kolada's gender split stays in the data for another view.
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { latestTakeaway, TrendChart } from '../../components/chart/TrendChart.js';
import { Loading, QueryError } from '../../components/Status.js';
import { useKoladaValues } from '../../indicatorQueries.js';

interface Props {
  kpi: string;
  name: string;
  unit: string;
  codes: string[];
}

export function CompareChart({ kpi, name, unit, codes }: Props) {
  const { t } = useTranslation();
  const values = useKoladaValues(kpi, codes);
  if (values.isPending) return <Loading />;
  if (values.isError) return <QueryError error={values.error} onRetry={() => void values.refetch()} />;
  const rows = values.data.rows.filter((r) => r.gender === 'T');
  const years = [...new Set(rows.map((r) => r.period))].sort((a, b) => a - b);
  const titleOf = (code: string) =>
    values.data.areas.find((a) => a.code === code)?.title ?? rows.find((r) => r.areaCode === code)?.areaTitle ?? code;
  const categories = years.map((y) => ({ key: String(y), label: String(y), short: String(y) }));
  const series = codes.map((code) => ({
    key: code,
    label: titleOf(code),
    values: years.map((y) => rows.find((r) => r.areaCode === code && r.period === y)?.value ?? null),
  }));
  const heading = t('kolada.compareHeading', { kpi });
  if (rows.length === 0) return <Paragraph>{t('kolada.noValues', { areas: series.map((s) => s.label).join(', ') })}</Paragraph>;
  return (
    <TrendChart
      heading={heading}
      level={3}
      takeaway={latestTakeaway(t, categories, series, unit) ?? t('trend.none')}
      unit={unit}
      categories={categories}
      series={series}
      seriesHeader={t('kolada.colArea')}
      tableCaption={t('kolada.caption', { name, unit: unit || t('indicatorFacts.noUnit') })}
      source={t('kolada.source')}
    />
  );
}
