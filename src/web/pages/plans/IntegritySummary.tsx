// The four counts of what breaks the red thread in a year, with the way to the full list. Shown
// on the start page and on "Mål och plan", so defects are seen rather than hidden.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Loading, QueryError } from '../../components/Status.js';
import { formatNumber } from '../../format.js';
import { useIntegrity } from '../../planQueries.js';

const kinds = ['untraced', 'notTakenUp', 'unmeasured', 'unitsWithoutPlan'] as const;

export function IntegritySummary({ year, headingId }: { year: number; headingId: string }) {
  const { t } = useTranslation();
  const integrity = useIntegrity(year);
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('integrity.summaryHeading', { year })}
      </Heading>
      {integrity.isPending ? (
        <Loading />
      ) : integrity.isError ? (
        <QueryError error={integrity.error} onRetry={() => void integrity.refetch()} />
      ) : (
        <>
          <dl className="facts">
            {kinds.map((k) => (
              <div key={k}>
                <dt>{t(`integrity.counts.${k}`)}</dt>
                <dd className="number">{formatNumber(integrity.data.counts[k])}</dd>
              </div>
            ))}
          </dl>
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/mal-och-plan/integritet?ar=${year}`}>{t('integrity.open', { year })}</RouterLink>
            </Link>
          </Paragraph>
        </>
      )}
    </section>
  );
}
