// /mal-och-plan/integritet: everything that breaks the red thread in a year, as tables a
// controller works through row by row; each row leads to the plan or unit where it is fixed.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError } from '../../components/Status.js';
import { YearSelect, useYearParam } from '../../components/YearSelect.js';
import { formatNumber } from '../../format.js';
import type { GoalRef } from '../../planApi.js';
import { useIntegrity } from '../../planQueries.js';

function Part({ id, heading, intro, count, children }: { id: string; heading: string; intro: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {heading} ({formatNumber(count)})
      </Heading>
      <Paragraph data-size="sm">{intro}</Paragraph>
      {count === 0 ? <Paragraph>{t('integrity.noneOfKind')}</Paragraph> : children}
    </section>
  );
}

function GoalLink({ g }: { g: GoalRef }) {
  return (
    <Link asChild>
      <RouterLink to={`/planer/${g.planId}`}>{g.title}</RouterLink>
    </Link>
  );
}

const owner = (g: GoalRef) => (g.personName ? `${g.orgUnitName} – ${g.personName}` : g.orgUnitName);

export function IntegrityPage() {
  const { t } = useTranslation();
  usePageTitle(t('integrity.title'));
  const [year, setYear] = useYearParam();
  const integrity = useIntegrity(year);
  const d = integrity.data;
  return (
    <>
      <PageHeading>{t('integrity.title')}</PageHeading>
      <Paragraph>{t('integrity.intro')}</Paragraph>
      <div className="toolbar">
        <YearSelect id="integrity-year" year={year} onChange={setYear} />
      </div>
      {integrity.isPending ? (
        <Loading />
      ) : integrity.isError ? (
        <QueryError error={integrity.error} onRetry={() => void integrity.refetch()} />
      ) : (
        d && (
          <>
            <Paragraph role="status" data-size="sm" className="muted">
              {t('integrity.total', {
                count: d.counts.untraced + d.counts.notTakenUp + d.counts.unmeasured + d.counts.unitsWithoutPlan,
                year: d.year,
              })}
            </Paragraph>
            <Part id="int-untraced" heading={t('integrity.counts.untraced')} intro={t('integrity.untracedIntro')} count={d.counts.untraced}>
              <div className="table-wrap">
                <Table zebra className="data-table" data-size="sm">
                  <caption>{t('integrity.untracedCaption', { year: d.year })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('integrity.colGoal')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('integrity.colPlanKind')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('integrity.colUnit')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {d.untraced.map((g) => (
                      <Table.Row key={g.lineageId}>
                        <Table.HeaderCell scope="row">
                          <GoalLink g={g} />
                        </Table.HeaderCell>
                        <Table.Cell>{t(`planKinds.${g.planKind}`)}</Table.Cell>
                        <Table.Cell>{owner(g)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </Part>
            <Part
              id="int-not-taken"
              heading={t('integrity.counts.notTakenUp')}
              intro={t('integrity.notTakenIntro')}
              count={d.counts.notTakenUp}
            >
              <div className="table-wrap">
                <Table zebra className="data-table" data-size="sm">
                  <caption>{t('integrity.notTakenCaption', { year: d.year })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('integrity.colBody')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('integrity.colType')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('integrity.colTitle')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {d.notTakenUp.map((n) => (
                      <Table.Row key={`${n.orgUnitId}-${n.lineageId}`}>
                        <Table.HeaderCell scope="row">
                          <Link asChild>
                            <RouterLink to={`/organisation/${n.orgUnitId}`}>{n.orgUnitName}</RouterLink>
                          </Link>
                        </Table.HeaderCell>
                        <Table.Cell>{t(`integrity.itemType.${n.type}`)}</Table.Cell>
                        <Table.Cell>{n.title}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </Part>
            <Part
              id="int-unmeasured"
              heading={t('integrity.counts.unmeasured')}
              intro={t('integrity.unmeasuredIntro')}
              count={d.counts.unmeasured}
            >
              <div className="table-wrap">
                <Table zebra className="data-table" data-size="sm">
                  <caption>{t('integrity.unmeasuredCaption', { year: d.year })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('integrity.colGoal')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('integrity.colProblem')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('integrity.colPlanKind')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('integrity.colUnit')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {d.unmeasured.map((g) => (
                      <Table.Row key={`${g.lineageId}-${g.problem}`}>
                        <Table.HeaderCell scope="row">
                          <GoalLink g={g} />
                        </Table.HeaderCell>
                        <Table.Cell>{t(`integrity.problem.${g.problem}`)}</Table.Cell>
                        <Table.Cell>{t(`planKinds.${g.planKind}`)}</Table.Cell>
                        <Table.Cell>{owner(g)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </Part>
            <Part
              id="int-units"
              heading={t('integrity.counts.unitsWithoutPlan')}
              intro={t('integrity.unitsIntro')}
              count={d.counts.unitsWithoutPlan}
            >
              <div className="table-wrap">
                <Table zebra stickyHeader={d.unitsWithoutPlan.length > 12} className="data-table" data-size="sm">
                  <caption>{t('integrity.unitsCaption', { year: d.year })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('integrity.colUnit')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('integrity.colUnitKind')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('integrity.colMissing')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {d.unitsWithoutPlan.map((u) => (
                      <Table.Row key={u.orgUnitId}>
                        <Table.HeaderCell scope="row">
                          <Link asChild>
                            <RouterLink to={`/organisation/${u.orgUnitId}`}>{u.orgUnitName}</RouterLink>
                          </Link>
                        </Table.HeaderCell>
                        <Table.Cell>{t(`kinds.${u.kind}`)}</Table.Cell>
                        <Table.Cell>{t(`planKinds.${u.planKind}`)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </Part>
          </>
        )
      )}
    </>
  );
}
