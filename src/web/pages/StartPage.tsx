// /: who you are here, which roles you hold on which units, and the size of the organisation.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../app/title.js';
import { PageHeading } from '../components/PageHeading.js';
import { Loading, QueryError } from '../components/Status.js';
import { formatNumber } from '../format.js';
import { useMe, useOrgUnits, usePeople } from '../queries.js';

export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('start.title'));
  const me = useMe();
  const units = useOrgUnits(false);
  const people = usePeople('');

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
    </>
  );
}
