// "Mål och indikatorer" on a unit's page: the unit's goals this year with their status and why,
// then the indicators behind them with the unit's latest value, the one before it (the trend in
// two numbers) and each indicator's status and reason, so a unit's follow-up starts here (UI.md: the unit dashboard).
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { AssessmentTag } from '../../components/AssessmentTag.js';
import { NoValue } from '../../components/chart/TrendChart.js';
import { GoalAssessment } from '../../components/GoalAssessment.js';
import { Loading, QueryError } from '../../components/Status.js';
import { currentYear } from '../../components/YearSelect.js';
import { type IndicatorDetail, indicatorApi } from '../../indicatorApi.js';
import { indicatorKeys, useGoalStatus } from '../../indicatorQueries.js';
import { formatValue, periodText, sortPeriods } from '../../indicatorText.js';
import { useUnitThread } from '../../planQueries.js';

/** The unit's two latest total values of an indicator, newest first. */
function latestTwo(d: IndicatorDetail | undefined, unitId: string) {
  const own = (d?.measurements ?? []).filter((m) => m.orgUnitId === unitId && m.gender === 'T' && m.value !== null);
  const periods = sortPeriods(own.map((m) => m.period)).reverse();
  return periods.slice(0, 2).map((p) => own.find((m) => m.period === p));
}

export function UnitGoalsSection({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { t } = useTranslation();
  const year = currentYear();
  const thread = useUnitThread(unitId, year);
  const status = useGoalStatus(year);
  const byLineage = new Map((status.data?.items ?? []).map((s) => [s.lineageId, s]));
  const goals = (thread.data?.goals ?? []).map(({ goal }) => ({ goal, status: byLineage.get(goal.id) }));
  const rows = goals.flatMap(({ goal, status: s }) =>
    (s?.parts ?? []).filter((p) => p.kind === 'indicator').map((p) => ({ goal, part: p })),
  );
  const indicatorIds = [...new Set(rows.map((r) => r.part.id))];
  const details = useQueries({
    queries: indicatorIds.map((id) => ({ queryKey: indicatorKeys.indicator(id), queryFn: () => indicatorApi.indicator(id) })),
  });
  const detailOf = (id: string) => details[indicatorIds.indexOf(id)]?.data;

  return (
    <section aria-labelledby="unit-goals-status">
      <Heading level={2} data-size="sm" id="unit-goals-status">
        {t('unitGoals.heading')}
      </Heading>
      {thread.isPending || status.isPending ? (
        <Loading />
      ) : thread.isError || status.isError ? (
        <QueryError error={thread.error ?? status.error} />
      ) : goals.length === 0 ? (
        <Paragraph>{t('unitGoals.none', { year })}</Paragraph>
      ) : (
        <>
          <div className="table-wrap">
            <Table zebra className="data-table" data-size="sm">
              <caption>{t('unitGoals.goalsCaption', { name: unitName, year })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('unitGoals.colGoal')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('unitGoals.colPlan')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('unitGoals.colStatus')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {goals.map(({ goal, status: s }) => (
                  <Table.Row key={goal.id}>
                    <Table.HeaderCell scope="row">
                      <Link asChild>
                        <RouterLink to={`/roda-traden/mal/${goal.id}?ar=${year}`}>{goal.title}</RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    <Table.Cell>{t(`planKinds.${goal.planKind}`)}</Table.Cell>
                    <Table.Cell>{s ? <GoalAssessment item={s} year={year} /> : <AssessmentTag status="not_assessed" />}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {rows.length > 0 && (
            <div className="table-wrap">
              <Table zebra className="data-table" data-size="sm">
                <caption>{t('unitGoals.indicatorsCaption', { name: unitName })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('unitGoals.colIndicator')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('unitGoals.colForGoal')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('unitGoals.colUnit')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="number">
                      {t('unitGoals.colLatest')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('unitGoals.colPeriod')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="number">
                      {t('unitGoals.colPrevious')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('unitGoals.colStatus')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {rows.map(({ goal, part }) => {
                    const d = detailOf(part.id);
                    const [latest, previous] = latestTwo(d, unitId);
                    const shown = (m: typeof latest) => (m ? formatValue(m.value) : <NoValue />);
                    return (
                      <Table.Row key={`${goal.id}-${part.id}`}>
                        <Table.HeaderCell scope="row">
                          <Link asChild>
                            <RouterLink to={`/indikatorer/${part.id}`}>{d?.name ?? part.title}</RouterLink>
                          </Link>
                        </Table.HeaderCell>
                        <Table.Cell>{goal.title}</Table.Cell>
                        <Table.Cell>{d?.unit ?? ''}</Table.Cell>
                        <Table.Cell className="number">{shown(latest)}</Table.Cell>
                        <Table.Cell>{latest ? periodText(latest.period) : ''}</Table.Cell>
                        <Table.Cell className="number">{shown(previous)}</Table.Cell>
                        <Table.Cell>
                          <AssessmentTag status={part.status} /> <span className="muted">{part.reason}</span>
                        </Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
