// /: who you are here, which roles you hold on which units, your own utvecklingsplan, your next
// tasks in the annual cycle, the size of the organisation, how the year's goals stand and what
// breaks the red thread this year.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../app/title.js';
import { PageHeading } from '../components/PageHeading.js';
import { PlanStatusTag } from '../components/PlanTags.js';
import { Loading, QueryError } from '../components/Status.js';
import { formatNumber } from '../format.js';
import { usePlans } from '../planQueries.js';
import { useMe, useOrgUnits, usePeople } from '../queries.js';
import { currentYear } from '../components/YearSelect.js';
import { MyTasks } from './calendar/MyTasks.js';
import { IntegritySummary } from './plans/IntegritySummary.js';
import { GoalStatusSummary } from './redThread/GoalStatusSummary.js';

export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('start.title'));
  const me = useMe();
  const units = useOrgUnits(false);
  const people = usePeople('');
  const own = usePlans({ kind: 'utvecklingsplan', personId: me.data?.id }, Boolean(me.data));

  return (
    <>
      <PageHeading>{t('start.welcome', { name: me.data?.name ?? '' })}</PageHeading>
      <Paragraph>{t('start.intro', { municipality: me.data?.municipality.name ?? '' })}</Paragraph>

      <section aria-labelledby="start-roles">
        <Heading level={2} data-size="sm" id="start-roles">
          {t('start.yourRoles')}
        </Heading>
        {me.data && me.data.roles.length === 0 && <Paragraph>{t('start.noRoles')}</Paragraph>}
        {me.data && me.data.roles.length > 0 && (
          <ul className="plain-list">
            {me.data.roles.map((r) => {
              const role = t(`roles.${r.role}`);
              // The title often just repeats the role ("Systemadministratör"); say it once.
              const title = r.title && r.title.toLocaleLowerCase('sv') !== role.toLocaleLowerCase('sv') ? ` (${r.title})` : '';
              return (
                <li key={`${r.role}-${r.orgUnitId}-${r.title ?? ''}`}>
                  {role}
                  {title},{' '}
                  <Link asChild>
                    <RouterLink to={`/organisation/${r.orgUnitId}`}>{r.orgUnitName || t('start.unknownUnit')}</RouterLink>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="start-own-plans">
        <Heading level={2} data-size="sm" id="start-own-plans">
          {t('start.ownPlans')}
        </Heading>
        {own.isPending ? (
          <Loading />
        ) : own.isError ? (
          <QueryError error={own.error} />
        ) : own.data.items.length === 0 ? (
          <Paragraph>
            {t('start.noOwnPlans')}{' '}
            <Link asChild>
              <RouterLink to="/mal-och-plan">{t('plans.title')}</RouterLink>
            </Link>
          </Paragraph>
        ) : (
          <ul className="plain-list">
            {own.data.items.map((p) => (
              <li key={p.id}>
                <Link asChild>
                  <RouterLink to={`/planer/${p.id}`}>{p.title}</RouterLink>
                </Link>{' '}
                <PlanStatusTag status={p.status} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <MyTasks headingId="start-calendar-tasks" />

      <section aria-labelledby="start-figures">
        <Heading level={2} data-size="sm" id="start-figures">
          {t('start.figures')}
        </Heading>
        {units.isPending || people.isPending ? (
          <Loading />
        ) : units.isError || people.isError ? (
          <QueryError error={units.error ?? people.error} />
        ) : (
          <dl className="facts">
            <div>
              <dt>{t('start.units')}</dt>
              <dd className="number">{formatNumber(units.data.items.length)}</dd>
            </div>
            <div>
              <dt>{t('start.people')}</dt>
              <dd className="number">{formatNumber(people.data.total)}</dd>
            </div>
          </dl>
        )}
      </section>

      <GoalStatusSummary year={currentYear()} headingId="start-goal-status" />

      <IntegritySummary year={currentYear()} headingId="start-integrity" />
    </>
  );
}
