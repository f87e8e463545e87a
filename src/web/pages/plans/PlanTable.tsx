// A table of plans with their years and status in words. Listed by owner (one kind of plan:
// the unit, or the employee of an utvecklingsplan, as row header) or, for one unit's own plans,
// by plan (the plan as row header, its kind beside it).
import { Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PlanStatusTag } from '../../components/PlanTags.js';
import type { Plan } from '../../planApi.js';

export const yearsOf = (p: Pick<Plan, 'yearFrom' | 'yearTo'>) =>
  p.yearFrom === p.yearTo ? String(p.yearFrom) : `${p.yearFrom}–${p.yearTo}`;

export function PlanTable({ caption, plans, by = 'owner' }: { caption: string; plans: Plan[]; by?: 'owner' | 'plan' }) {
  const { t } = useTranslation();
  const byPerson = plans.some((p) => p.personName);
  const planLink = (p: Plan) => (
    <Link asChild>
      <RouterLink to={`/planer/${p.id}`}>{p.title}</RouterLink>
    </Link>
  );
  return (
    <div className="table-wrap">
      <Table zebra stickyHeader={plans.length > 12} className="data-table" data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {by === 'owner' ? (
              <>
                <Table.HeaderCell scope="col">{byPerson ? t('plans.colPerson') : t('plans.colUnit')}</Table.HeaderCell>
                {byPerson && <Table.HeaderCell scope="col">{t('plans.colUnit')}</Table.HeaderCell>}
                <Table.HeaderCell scope="col">{t('plans.colPlan')}</Table.HeaderCell>
              </>
            ) : (
              <>
                <Table.HeaderCell scope="col">{t('plans.colPlan')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('plans.colKind')}</Table.HeaderCell>
                {byPerson && <Table.HeaderCell scope="col">{t('plans.colPerson')}</Table.HeaderCell>}
              </>
            )}
            <Table.HeaderCell scope="col">{t('plans.colYears')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plans.colStatus')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {plans.map((p) => (
            <Table.Row key={p.id}>
              {by === 'owner' ? (
                <>
                  <Table.HeaderCell scope="row">{byPerson ? (p.personName ?? '') : p.orgUnitName}</Table.HeaderCell>
                  {byPerson && <Table.Cell>{p.orgUnitName}</Table.Cell>}
                  <Table.Cell>{planLink(p)}</Table.Cell>
                </>
              ) : (
                <>
                  <Table.HeaderCell scope="row">{planLink(p)}</Table.HeaderCell>
                  <Table.Cell>{t(`planKinds.${p.kind}`)}</Table.Cell>
                  {byPerson && <Table.Cell>{p.personName ?? ''}</Table.Cell>}
                </>
              )}
              <Table.Cell>{yearsOf(p)}</Table.Cell>
              <Table.Cell>
                <PlanStatusTag status={p.status} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
