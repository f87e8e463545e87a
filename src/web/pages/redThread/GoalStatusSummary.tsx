// "Målens status i år" on the start page: how many of the year's goals are achieved, partly,
// not achieved and not assessed, in words, with the way to the red thread where each one is.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { assessments } from '../../../core/indicators/status.js';
import { AssessmentTag } from '../../components/AssessmentTag.js';
import { Loading, QueryError } from '../../components/Status.js';
import { formatNumber } from '../../format.js';
import { useGoalStatus } from '../../indicatorQueries.js';

export function GoalStatusSummary({ year, headingId }: { year: number; headingId: string }) {
  const { t } = useTranslation();
  const status = useGoalStatus(year);
  const items = status.data?.items ?? [];
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('goalSummary.heading')}
      </Heading>
      {status.isPending ? (
        <Loading />
      ) : status.isError ? (
        <QueryError error={status.error} onRetry={() => void status.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph>{t('goalSummary.none', { year })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('goalSummary.intro', { count: items.length, n: formatNumber(items.length), year })}</Paragraph>
          <ul className="plain-list status-counts">
            {assessments.map((a) => (
              <li key={a}>
                <AssessmentTag status={a} />{' '}
                <span className="number">
                  {t('goalSummary.goals', {
                    count: items.filter((g) => g.status === a).length,
                    n: formatNumber(items.filter((g) => g.status === a).length),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/roda-traden?ar=${year}`}>{t('goalSummary.open', { year })}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
