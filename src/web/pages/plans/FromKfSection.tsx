// "Från kommunfullmäktige": the goals and uppdrag KF gave this nämnd or bolag, each said to be
// taken up in this plan or not yet. They are reported back to KF, so none may be forgotten.
import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { NodeTypeTag } from '../../components/PlanTags.js';
import { formatDate } from '../../format.js';
import type { PlanDetail } from '../../planApi.js';

function Taken({ taken, what }: { taken: boolean; what: 'goal' | 'assignment' }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={taken ? 'success' : 'warning'}>
      {taken ? t(`fromKf.takenUp.${what}`) : t('fromKf.notTakenUp')}
    </Tag>
  );
}

export function FromKfSection({ detail }: { detail: PlanDetail }) {
  const { t } = useTranslation();
  const { goals, assignments } = detail.fromKf;
  const year = detail.plan.yearFrom;
  return (
    <section aria-labelledby="plan-from-kf">
      <Heading level={2} data-size="sm" id="plan-from-kf">
        {t('fromKf.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('fromKf.intro', { unit: detail.plan.orgUnitName })}</Paragraph>
      {goals.length === 0 ? (
        <Paragraph>{t('fromKf.noGoals', { year })}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra className="data-table" data-size="sm">
            <caption>{t('fromKf.goalsCaption', { unit: detail.plan.orgUnitName })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('fromKf.colGoal')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fromKf.colKind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fromKf.colTaken')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {goals.map((g) => (
                <Table.Row key={g.id}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={`/roda-traden/mal/${g.lineageId}?ar=${year}`}>{g.title}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell>
                    <NodeTypeTag type="goal" goalKind={g.kind} />
                  </Table.Cell>
                  <Table.Cell>
                    <Taken taken={g.takenUp} what="goal" />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {assignments.length === 0 ? (
        <Paragraph>{t('fromKf.noAssignments', { year })}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra className="data-table" data-size="sm">
            <caption>{t('fromKf.assignmentsCaption', { unit: detail.plan.orgUnitName })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('fromKf.colAssignment')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assignment.dueOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fromKf.colTaken')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {assignments.map((a) => (
                <Table.Row key={a.id}>
                  <Table.HeaderCell scope="row">{a.title}</Table.HeaderCell>
                  <Table.Cell className="nowrap">{formatDate(a.dueOn)}</Table.Cell>
                  <Table.Cell>
                    <Taken taken={a.takenUp} what="assignment" />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
