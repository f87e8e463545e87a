// /planer/:id: one version of a plan. Its facts and text, what can be done with it, then its
// content by kind: strategic areas (strategisk plan), goals, what KF gave a nämnd or bolag, uppdrag,
// activities (verksamhetsplan, utvecklingsplan), and every version of the plan.
import { Breadcrumbs, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { goalKindsOf } from '../../../core/plans/kinds.js';
import { isEditable } from '../../../core/plans/lifecycle.js';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import type { Plan } from '../../planApi.js';
import { useGoalStatusMap } from '../../indicatorQueries.js';
import { refreshPlans, usePlan } from '../../planQueries.js';
import { ActivitiesSection } from './ActivitiesSection.js';
import { AreasSection } from './AreasSection.js';
import { AssignmentsSection } from './AssignmentsSection.js';
import { FromKfSection } from './FromKfSection.js';
import { GoalsSection } from './GoalsSection.js';
import { PlanActions } from './PlanActions.js';
import { PlanFacts } from './PlanFacts.js';
import { VersionsTable } from './VersionsTable.js';

/** Keyed by id, so moving between versions starts each page afresh (dialogs, messages). */
export function PlanRoute() {
  const { id = '' } = useParams();
  return <PlanPage key={id} id={id} />;
}

function PlanPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const detail = usePlan(id);
  // A page that created this plan or version passes its confirmation along.
  const [success, setSuccess] = useState<ReactNode>((location.state as { notice?: string } | null)?.notice ?? null);
  // Said once: a reload or a step back through history does not announce it again.
  useEffect(() => {
    if (location.state) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location, navigate]);
  const d = detail.data;
  // Status is computed for a year; a plan is followed up in its first year.
  const statuses = useGoalStatusMap(d?.plan.yearFrom ?? new Date().getFullYear());
  usePageTitle(d?.plan.title ?? t('plan.fallbackTitle'));

  const done = async (message: ReactNode) => {
    setSuccess(message);
    await refreshPlans(queryClient);
  };
  const reload = () => void refreshPlans(queryClient);
  const created = (plan: Plan, message: string) => {
    void refreshPlans(queryClient);
    void navigate(`/planer/${plan.id}`, { state: { notice: message } });
  };

  const plan = d?.plan;
  const editable = Boolean(d?.canEdit && plan && isEditable(plan.status));
  const kind = plan?.kind;

  return (
    <>
      <Breadcrumbs aria-label={t('breadcrumbs.label')} className="breadcrumbs">
        <Breadcrumbs.List>
          <Breadcrumbs.Item>
            <Breadcrumbs.Link asChild>
              <RouterLink to={plan ? `/mal-och-plan?ar=${plan.yearFrom}` : '/mal-och-plan'}>{t('plans.title')}</RouterLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
          {plan && (
            <Breadcrumbs.Item>
              <Breadcrumbs.Link asChild>
                <RouterLink to={`/planer/${plan.id}`}>{plan.title}</RouterLink>
              </Breadcrumbs.Link>
            </Breadcrumbs.Item>
          )}
        </Breadcrumbs.List>
      </Breadcrumbs>
      <PageHeading>{plan?.title ?? t('plan.fallbackTitle')}</PageHeading>
      {success && <SuccessAlert message={success} onDismiss={() => setSuccess(null)} />}
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        d &&
        plan &&
        kind && (
          <>
            <PlanFacts plan={plan} newest={d.versions[0]} />
            {plan.summary && (
              <section aria-labelledby="plan-summary">
                <Heading level={2} data-size="sm" id="plan-summary">
                  {t('plan.summary')}
                </Heading>
                {plan.summary.split(/\n\s*\n/).map((p) => (
                  <Paragraph key={p} className="prose">
                    {p}
                  </Paragraph>
                ))}
              </section>
            )}
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/roda-traden?ar=${plan.yearFrom}`}>{t('thread.openForYear', { year: plan.yearFrom })}</RouterLink>
              </Link>
            </Paragraph>
            {d.canEdit && <PlanActions detail={d} onDone={done} onCreated={created} onReload={reload} />}
            {kind === 'strategisk_plan' && <AreasSection plan={plan} areas={d.areas} editable={editable} onDone={done} onReload={reload} />}
            {goalKindsOf[kind].length > 0 && (
              <GoalsSection
                plan={plan}
                goals={d.goals}
                given={new Set(d.fromKf.goals.map((g) => g.lineageId))}
                editable={editable}
                statuses={statuses}
                onDone={done}
                onReload={reload}
              />
            )}
            {(kind === 'namndplan' || kind === 'bolag_verksamhetsplan') && <FromKfSection detail={d} />}
            {(kind === 'strategisk_plan' || kind === 'namndplan' || kind === 'bolag_verksamhetsplan') && (
              <AssignmentsSection detail={d} editable={editable} onDone={done} onReload={reload} />
            )}
            {(kind === 'verksamhetsplan' || kind === 'utvecklingsplan') && (
              <ActivitiesSection
                plan={plan}
                goals={d.goals}
                activities={d.activities}
                editable={editable}
                onDone={done}
                onReload={reload}
              />
            )}
            <section aria-labelledby="plan-versions">
              <Heading level={2} data-size="sm" id="plan-versions">
                {t('plan.versionsHeading')}
              </Heading>
              <VersionsTable plan={plan} versions={d.versions} />
            </section>
          </>
        )
      )}
    </>
  );
}
