// /budget/utfall: outcome against budget for a year and a unit (with everything below it), month
// by month and accumulated, as a table and a chart; the year-end forecast with its deviation, the
// form to enter it, the units below, Excel export, and the way to import and to map codes.
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError } from '../../components/Status.js';
import { useYearParam, YearSelect } from '../../components/YearSelect.js';
import { formatNumber } from '../../format.js';
import { useOrgUnits } from '../../queries.js';
import { AnnualBudgetForm } from './AnnualBudgetForm.js';
import { actualsApi, actualsKeys, excelHref, type Outcome } from './actualsApi.js';
import { ForecastForm } from './ForecastForm.js';
import { OutcomeChart } from './OutcomeChart.js';
import { MonthTable, UnitsTable } from './OutcomeTables.js';
import { UnitPicker } from './UnitPicker.js';

export function OutcomePage() {
  const { t } = useTranslation();
  usePageTitle(t('actuals.title'));
  const [year, setYear] = useYearParam();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('enhet');
  const units = useOrgUnits();
  const outcome = useQuery({ queryKey: actualsKeys.outcome(year, unitId), queryFn: () => actualsApi.outcome(year, unitId) });
  const o = outcome.data;
  const chooseUnit = (id: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('enhet', id);
      return next;
    });
  const months = t('actuals.months', { returnObjects: true }) as string[];

  return (
    <>
      <PageHeading>{t('actuals.title')}</PageHeading>
      <Paragraph>{t('actuals.intro')}</Paragraph>
      <div className="toolbar">
        <YearSelect id="actuals-year" year={year} onChange={setYear} />
        {units.data && (
          <UnitPicker
            id="actuals-unit"
            label={t('actuals.unit')}
            units={units.data.items}
            value={o?.unitId ?? unitId ?? ''}
            onChange={chooseUnit}
          />
        )}
      </div>
      {outcome.isPending && <Loading />}
      {outcome.error && <QueryError error={outcome.error} onRetry={() => void outcome.refetch()} />}
      {o && (
        <>
          <Heading level={2} data-size="sm">
            {t('actuals.summaryHeading', { name: o.name, year: o.year })}
          </Heading>
          <dl className="facts actuals-facts">
            <dt>{t('actuals.budget')}</dt>
            <dd>{`${formatNumber(o.budgetKr)} kr`}</dd>
            <dt>{t('actuals.budgetSourceLabel')}</dt>
            <dd data-testid="actuals-budget-source">{t(`actuals.source.${o.budgetSource}`)}</dd>
            <dt>{t('actuals.outcomeToDate', { month: o.throughMonth ? months[o.throughMonth - 1]?.toLowerCase() : '–' })}</dt>
            <dd>{`${formatNumber(o.outcomeToDateKr)} kr (${t('actuals.budgetToDate')}: ${formatNumber(o.budgetToDateKr)} kr)`}</dd>
            <dt>{t('actuals.forecastLabel')}</dt>
            <dd>
              {o.forecastKr === null
                ? t('actuals.noForecast')
                : `${formatNumber(o.forecastKr)} kr${o.forecastSource === 'units' ? ` (${t('actuals.fromUnits')})` : ''}`}
            </dd>
            <dt>{t('actuals.deviationLabel')}</dt>
            <dd data-testid="actuals-deviation">
              {o.deviationKr === null
                ? '–'
                : `${formatNumber(o.deviationKr)} kr, ${t(o.deviationKr > 0 ? 'actuals.deficit' : o.deviationKr < 0 ? 'actuals.surplus' : 'actuals.onBudget')}`}
            </dd>
            <dt>{t('actuals.investmentToDate')}</dt>
            <dd>{`${formatNumber(o.investmentToDateKr)} kr`}</dd>
          </dl>
          {o.budgetSource === 'none' && <Alert data-color="warning">{t('actuals.noBudget')}</Alert>}
          {o.forecast?.comment && <Paragraph>{t('actuals.forecastComment', { comment: o.forecast.comment })}</Paragraph>}
          <AnnualBudget o={o} onReload={() => void outcome.refetch()} />
          {o.canForecast && <ForecastForm key={`${o.unitId}-${o.year}-${o.forecast?.version ?? 0}`} o={o} />}
          <Heading level={2} data-size="xs">
            {t('actuals.perMonth')}
          </Heading>
          {o.throughMonth > 0 && <OutcomeChart o={o} />}
          <MonthTable o={o} />
          <Paragraph data-size="sm">
            <Link href={excelHref(year, o.unitId)} download>
              {t('actuals.excel')}
            </Link>
          </Paragraph>
          {o.children.length > 0 && (
            <>
              <Heading level={2} data-size="xs">
                {t('actuals.unitsHeading')}
              </Heading>
              <UnitsTable o={o} year={year} />
            </>
          )}
          {o.unmapped.length > 0 && (
            <Alert data-color="warning">
              {t('actuals.unmapped', {
                count: o.unmapped.length,
                codes: o.unmapped.map((u) => u.ansvar || t('actuals.noCode')).join(', '),
              })}{' '}
              <RouterLink to="/budget/utfall/ansvar">{t('actuals.toMapping')}</RouterLink>
            </Alert>
          )}
          <Paragraph data-size="sm" className="button-row">
            {o.canManageLedger && <RouterLink to="/budget/utfall/import">{t('actuals.toImport')}</RouterLink>}
            <RouterLink to="/budget/utfall/ansvar">{t('actuals.toMapping')}</RouterLink>
            <RouterLink to="/budget/utfall/kontoregler">{t('actuals.toRules')}</RouterLink>
          </Paragraph>
        </>
      )}
    </>
  );
}

/** The annual budget form where the unit's own budget has no other source; else, if one was entered, why it is not used. */
function AnnualBudget({ o, onReload }: { o: Outcome; onReload: () => void }) {
  const { t } = useTranslation();
  const fallback = o.ownBudgetSource === 'annual' || o.ownBudgetSource === 'none';
  if (fallback) return o.canSetAnnualBudget ? <AnnualBudgetForm key={`${o.unitId}-${o.year}`} o={o} onReload={onReload} /> : null;
  if (!o.annualBudget) return null;
  return (
    <Paragraph data-size="sm">
      {t('actuals.annual.overridden', { amount: formatNumber(o.annualBudget.amountKr), source: t(`actuals.source.${o.ownBudgetSource}`) })}
    </Paragraph>
  );
}
