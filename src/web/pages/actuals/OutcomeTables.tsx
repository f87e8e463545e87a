// The month table (budget, outcome, accumulated, deviation) and the table of the units below,
// both the numbers of the chart and of the Excel export.
import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '../../format.js';
import type { Outcome } from './actualsApi.js';

const kr = (n: number | null) => (n === null ? '–' : formatNumber(n));

export function MonthTable({ o }: { o: Outcome }) {
  const { t } = useTranslation();
  const months = t('actuals.months', { returnObjects: true }) as string[];
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra className="actuals-table">
        <caption>{t('actuals.monthTable.caption', { name: o.name, year: o.year })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('actuals.monthTable.month')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.monthTable.budget')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.monthTable.outcome')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.monthTable.accBudget')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.monthTable.accOutcome')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.monthTable.deviation')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.monthTable.investment')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {o.months.map((m) => (
            <Table.Row key={m.month}>
              <Table.HeaderCell scope="row">{months[m.month - 1]}</Table.HeaderCell>
              <Table.Cell className="num">{kr(m.budgetKr)}</Table.Cell>
              <Table.Cell className="num">{kr(m.outcomeKr)}</Table.Cell>
              <Table.Cell className="num">{kr(m.accBudgetKr)}</Table.Cell>
              <Table.Cell className="num">{kr(m.accOutcomeKr)}</Table.Cell>
              <Table.Cell className="num">
                {m.deviationKr === null ? '–' : `${kr(m.deviationKr)} ${t(m.deviationKr > 0 ? 'actuals.over' : 'actuals.under')}`}
              </Table.Cell>
              <Table.Cell className="num">{kr(m.investmentKr)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function UnitsTable({ o, year }: { o: Outcome; year: number }) {
  const { t } = useTranslation();
  if (!o.children.length) return null;
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra className="actuals-table">
        <caption>{t('actuals.unitsTable.caption', { name: o.name })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('actuals.unitsTable.unit')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.unitsTable.budget')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.unitsTable.budgetToDate')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.unitsTable.outcomeToDate')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.unitsTable.forecast')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('actuals.unitsTable.deviation')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {o.children.map((c) => (
            <Table.Row key={c.unitId}>
              <Table.HeaderCell scope="row">
                <RouterLink to={`/budget/utfall?ar=${year}&enhet=${c.unitId}`}>{c.name}</RouterLink>
              </Table.HeaderCell>
              <Table.Cell className="num">{kr(c.budgetKr)}</Table.Cell>
              <Table.Cell className="num">{kr(c.budgetToDateKr)}</Table.Cell>
              <Table.Cell className="num">{kr(c.outcomeToDateKr)}</Table.Cell>
              <Table.Cell className="num">
                {c.forecastKr === null
                  ? t('actuals.noForecast')
                  : `${kr(c.forecastKr)}${c.forecastSource === 'units' ? ` (${t('actuals.fromUnits')})` : ''}`}
              </Table.Cell>
              <Table.Cell className="num">
                {c.deviationKr === null ? '–' : `${kr(c.deviationKr)} ${t(c.deviationKr > 0 ? 'actuals.over' : 'actuals.under')}`}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
