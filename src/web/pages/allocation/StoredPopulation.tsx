// The municipality's stored population, one series at a time (the actual figures, or a named
// forecast): age groups down, dates across, as imported — before the model sums them into bands.
import { Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { parseBand } from '../../../core/allocation/bands.js';
import { NoValue } from '../../components/chart/TrendChart.js';
import { Loading, QueryError } from '../../components/Status.js';
import { formatNumber } from '../../format.js';
import { ExcelLink } from '../budget/common.js';
import { allocationExportUrl, type StoredPopulation as Row, usePopulation } from './allocationApi.js';

export const seriesKey = (r: { kind: string; series: string }) => `${r.kind}:${r.series}`;
/** Younger groups first; of two starting at one age, the narrower first. */
const byAge = (a: string, b: string) => {
  const [x, y] = [parseBand(a), parseBand(b)];
  return (x?.from ?? 0) - (y?.from ?? 0) || (x?.to ?? 999) - (y?.to ?? 999);
};

export function StoredPopulation({ chosen, onChoose }: { chosen: string | null; onChoose: (key: string) => void }) {
  const { t } = useTranslation();
  const population = usePopulation();
  const items = population.data?.items ?? [];
  const keys = [...new Set(items.map(seriesKey))];
  const key = chosen && keys.includes(chosen) ? chosen : keys[0];
  const rows = items.filter((r) => seriesKey(r) === key);
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  const bands = [...new Set(rows.map((r) => r.ageBand))].sort(byAge);
  const label = (k: string) => {
    const [kind, ...rest] = k.split(':');
    return kind === 'actual' ? t('allocationPopulation.actual') : t('allocationPopulation.forecastNamed', { series: rest.join(':') });
  };
  const at = (band: string, date: string): Row | undefined => rows.find((r) => r.ageBand === band && r.date === date);

  return (
    <section aria-labelledby="stored-population-heading">
      <Heading level={2} data-size="sm" id="stored-population-heading">
        {t('allocationPopulation.stored')}
      </Heading>
      {population.isPending ? (
        <Loading />
      ) : population.isError ? (
        <QueryError error={population.error} onRetry={() => void population.refetch()} />
      ) : !key ? (
        <Paragraph>{t('allocationPopulation.none')}</Paragraph>
      ) : (
        <>
          <Field className="year-select">
            <Label htmlFor="population-series">{t('allocationPopulation.series')}</Label>
            <Select id="population-series" value={key} onChange={(e) => onChoose(e.target.value)}>
              {keys.map((k) => (
                <Select.Option key={k} value={k}>
                  {label(k)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div className="table-wrap">
            <Table zebra stickyHeader={bands.length > 12} className="data-table" data-size="sm">
              <caption>{t('allocationPopulation.caption', { series: label(key) })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('allocationPage.colBand')}</Table.HeaderCell>
                  {dates.map((d) => (
                    <Table.HeaderCell scope="col" key={d} className="number">
                      {d}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {bands.map((b) => (
                  <Table.Row key={b}>
                    <Table.HeaderCell scope="row">{b}</Table.HeaderCell>
                    {dates.map((d) => {
                      const r = at(b, d);
                      return (
                        <Table.Cell key={d} className="number">
                          {r ? formatNumber(r.count) : <NoValue />}
                        </Table.Cell>
                      );
                    })}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Paragraph>
            <ExcelLink href={allocationExportUrl('population')}>{t('allocationPopulation.download')}</ExcelLink>
          </Paragraph>
          <Paragraph data-size="sm" className="muted">
            {t('allocationPopulation.source', { source: [...new Set(rows.map((r) => r.source).filter(Boolean))].join('; ') || '–' })}
          </Paragraph>
        </>
      )}
    </section>
  );
}
