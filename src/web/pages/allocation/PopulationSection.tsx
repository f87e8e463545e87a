// The population the scenario counts with: per age band and year end, actual or forecast.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NoValue } from '../../components/chart/TrendChart.js';
import { formatNumber } from '../../format.js';
import type { ScenarioDetail } from './allocationApi.js';

export function PopulationSection({ scenario }: { scenario: ScenarioDetail }) {
  const { t } = useTranslation();
  const { dates, entries } = scenario.population;
  const bands = scenario.config.ageBands;
  const at = (band: string, date: string) => entries.find((e) => e.ageBand === band && e.date === date);
  const kindOf = (date: string) => entries.find((e) => e.date === date)?.kind;
  return (
    <section aria-labelledby="population-heading">
      <Heading level={2} data-size="sm" id="population-heading">
        {t('allocationPage.population')}
      </Heading>
      <Paragraph>{t(`allocationPage.rule.${scenario.config.populationRule}`, { year: scenario.budgetYear })}</Paragraph>
      <div className="table-wrap">
        <Table zebra className="data-table" data-size="sm">
          <caption>{t('allocationPage.populationCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('allocationPage.colBand')}</Table.HeaderCell>
              {dates.map((d) => (
                <Table.HeaderCell scope="col" key={d} className="number">
                  {d} {kindOf(d) ? `(${t(`allocationPage.kind.${kindOf(d)}`)})` : ''}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {bands.map((b) => (
              <Table.Row key={b}>
                <Table.HeaderCell scope="row">{b}</Table.HeaderCell>
                {dates.map((d) => {
                  const e = at(b, d);
                  return (
                    <Table.Cell key={d} className="number">
                      {e ? formatNumber(e.count) : <NoValue />}
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {scenario.config.forecastSeries && (
        <Paragraph data-size="sm" className="muted">
          {t('allocationPage.forecastSeries', { series: scenario.config.forecastSeries })}
        </Paragraph>
      )}
    </section>
  );
}
