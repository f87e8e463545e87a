// /mal-och-plan: the plans in force in a year, in the order of the red thread: the vision,
// programs, the strategisk plan, then nämndplaner, the bolag's plans, verksamhetsplaner and the
// utvecklingsplaner the reader may see. "Ny plan" is shown to those the server says may create
// some plan, and offers only the kinds and units it names (it still checks each request).
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { PlanKind } from '../../../core/plans/kinds.js';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { PlanStatusTag } from '../../components/PlanTags.js';
import { Loading, QueryError } from '../../components/Status.js';
import { YearSelect, useYearParam } from '../../components/YearSelect.js';
import { formatNumber } from '../../format.js';
import type { Plan } from '../../planApi.js';
import { usePlans } from '../../planQueries.js';
import { IntegritySummary } from './IntegritySummary.js';
import { NewPlanDialog } from './NewPlanDialog.js';
import { PlanTable, yearsOf } from './PlanTable.js';

/** The tables below the vision, top of the thread first; utvecklingsplaner only when visible. */
const tables: PlanKind[] = ['program', 'strategisk_plan', 'namndplan', 'bolag_verksamhetsplan', 'verksamhetsplan', 'utvecklingsplan'];

export function PlansPage() {
  const { t } = useTranslation();
  usePageTitle(t('plans.title'));
  const navigate = useNavigate();
  const [year, setYear] = useYearParam();
  const plans = usePlans({ year });
  const [creating, setCreating] = useState(false);
  const items = plans.data?.items ?? [];
  const creatable = plans.data?.creatable ?? [];
  const ofKind = (k: PlanKind) => items.filter((p) => p.kind === k);

  const created = (plan: Plan) => void navigate(`/planer/${plan.id}`, { state: { notice: t('plans.created', { title: plan.title }) } });

  return (
    <>
      <PageHeading>{t('plans.title')}</PageHeading>
      <Paragraph>{t('plans.intro')}</Paragraph>
      <div className="toolbar">
        <YearSelect id="plans-year" year={year} onChange={setYear} />
        {creatable.length > 0 && (
          <Button variant="secondary" onClick={() => setCreating(true)}>
            {t('plans.new')}
          </Button>
        )}
        <Link asChild>
          <RouterLink to={`/roda-traden?ar=${year}`}>{t('thread.openForYear', { year })}</RouterLink>
        </Link>
      </div>
      <Paragraph role="status" data-size="sm" className="muted">
        {plans.data ? t('plans.count', { count: items.length, n: formatNumber(items.length), year }) : ''}
      </Paragraph>
      {plans.isPending ? (
        <Loading />
      ) : plans.isError ? (
        <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <>
          <section aria-labelledby="plans-vision">
            <Heading level={2} data-size="sm" id="plans-vision">
              {t('plans.sections.vision')}
            </Heading>
            {ofKind('vision').length === 0 ? (
              <Paragraph>{t('plans.noneOfKind', { year })}</Paragraph>
            ) : (
              ofKind('vision').map((v) => (
                <div key={v.id} className="vision">
                  <Paragraph>
                    <Link asChild>
                      <RouterLink to={`/planer/${v.id}`}>{v.title}</RouterLink>
                    </Link>{' '}
                    ({yearsOf(v)}) <PlanStatusTag status={v.status} />
                  </Paragraph>
                  {v.summary && <Paragraph className="vision__text">{v.summary}</Paragraph>}
                </div>
              ))
            )}
          </section>
          {tables.map((k) => {
            const rows = ofKind(k);
            if (k === 'utvecklingsplan' && rows.length === 0) return null;
            return (
              <section key={k} aria-labelledby={`plans-${k}`}>
                <Heading level={2} data-size="sm" id={`plans-${k}`}>
                  {t(`plans.sections.${k}`)}
                </Heading>
                {rows.length === 0 ? (
                  <Paragraph>{t('plans.noneOfKind', { year })}</Paragraph>
                ) : (
                  <PlanTable caption={t('plans.tableCaption', { kind: t(`plans.sections.${k}`), year })} plans={rows} />
                )}
              </section>
            );
          })}
        </>
      )}
      <IntegritySummary year={year} headingId="plans-integrity" />
      {creating && <NewPlanDialog year={year} creatable={creatable} onClose={() => setCreating(false)} onDone={created} />}
    </>
  );
}
