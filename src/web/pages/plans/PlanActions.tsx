// What someone who may write the plan can do with this version: edit its text and move it
// through draft → in review → adopted while it is open; an adopted version is not changed but
// explained, with a new version offered; and next year's plan made from this one.
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isEditable } from '../../../core/plans/lifecycle.js';
import { ErrorAlert } from '../../components/Status.js';
import { type Plan, type PlanDetail, type PlanStatus, planApi } from '../../planApi.js';
import { useAdoption, usePlans } from '../../planQueries.js';
import { AdoptDialog } from './AdoptDialog.js';
import { EditPlanDialog } from './EditPlanDialog.js';

interface Props {
  detail: PlanDetail;
  onDone: (msg: string) => void;
  /** A new plan or version was made: go there and say so. */
  onCreated: (plan: Plan, msg: string) => void;
  onReload: () => void;
}

export function PlanActions({ detail, onDone, onCreated, onReload }: Props) {
  const { t } = useTranslation();
  const { plan, versions } = detail;
  const [open, setOpen] = useState<'edit' | 'adopt' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const newest = versions[0];
  const openVersion = versions.find((v) => isEditable(v.status));
  const nextYear = plan.yearFrom + 1;
  // Whether next year's plan exists decides between offering it and linking to it.
  const next = usePlans({ kind: plan.kind, orgUnitId: plan.orgUnitId, personId: plan.personId ?? undefined, year: nextYear });
  const nextPlan = next.data?.items.find((p) => p.yearFrom === nextYear && p.personId === plan.personId);
  // Adopting is a right of its own (core/plans/adoption.ts): a controller edits a verksamhetsplan
  // that the förvaltningschef fastställer, an employee her utvecklingsplan that her manager does.
  const adoption = useAdoption(plan.id, plan.status === 'in_review');
  const mayAdopt = adoption.data?.mayAdopt === true;

  const status = useMutation({
    mutationFn: (to: PlanStatus) => planApi.changeStatus(plan.id, { status: to, version: plan.version }),
    onSuccess: (p) => finish(t('plan.statusChanged', { status: t(`planStatus.${p.status}`).toLocaleLowerCase() })),
    onError: setError,
  });
  const version = useMutation({
    mutationFn: () => planApi.newVersion(plan.id),
    onSuccess: (p) => onCreated(p, t('plan.versionCreated', { n: p.versionNo })),
    onError: setError,
  });
  const rollover = useMutation({
    mutationFn: () => planApi.rollover(plan.id),
    onSuccess: (p) => onCreated(p, t('plan.rolledOver', { year: p.yearFrom })),
    onError: setError,
  });
  const finish = (msg: string) => {
    setOpen(null);
    onDone(msg);
  };
  const reload = () => {
    setOpen(null);
    onReload();
  };
  const busy = status.isPending || version.isPending || rollover.isPending;
  const run = (f: () => void) => () => {
    if (busy) return;
    setError(null);
    f();
  };

  return (
    <section aria-labelledby="plan-actions" className="actions">
      <Heading level={2} data-size="xs" id="plan-actions">
        {t('plan.actions')}
      </Heading>
      {error !== null && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {isEditable(plan.status) ? (
        <>
          <Paragraph data-size="sm">{t(plan.status === 'draft' ? 'plan.draftExplain' : 'plan.reviewExplain')}</Paragraph>
          {adoption.data && !mayAdopt && <Paragraph data-size="sm">{t(`plan.adoptWho.${adoption.data.decider}`)}</Paragraph>}
          <div className="button-row">
            {plan.status === 'in_review' && mayAdopt && <Button onClick={run(() => setOpen('adopt'))}>{t('plan.adopt')}</Button>}
            {plan.status === 'draft' && <Button onClick={run(() => status.mutate('in_review'))}>{t('plan.toReview')}</Button>}
            <Button variant="secondary" onClick={run(() => setOpen('edit'))}>
              {t('plan.edit')}
            </Button>
            {plan.status === 'in_review' && (
              <Button variant="secondary" onClick={run(() => status.mutate('draft'))}>
                {t('plan.toDraft')}
              </Button>
            )}
          </div>
        </>
      ) : (
        <>
          <Paragraph data-size="sm">{t(plan.status === 'adopted' ? 'plan.adoptedImmutable' : 'plan.supersededImmutable')}</Paragraph>
          {openVersion ? (
            <Paragraph data-size="sm">
              <Link asChild>
                <RouterLink to={`/planer/${openVersion.id}`}>{t('plan.openWorkingVersion', { n: openVersion.versionNo })}</RouterLink>
              </Link>
            </Paragraph>
          ) : (
            newest?.id === plan.id && (
              <div className="button-row">
                <Button variant="secondary" onClick={run(() => version.mutate())}>
                  {t('plan.newVersion')}
                </Button>
              </div>
            )
          )}
        </>
      )}
      {nextPlan ? (
        <Paragraph data-size="sm">
          {t('plan.nextExists', { year: nextYear })}{' '}
          <Link asChild>
            <RouterLink to={`/planer/${nextPlan.id}`}>{nextPlan.title}</RouterLink>
          </Link>
        </Paragraph>
      ) : (
        // Next year grows from a version in force or in the making, not from a superseded one.
        next.isSuccess &&
        plan.status !== 'superseded' && (
          <>
            <Paragraph data-size="sm">{t('plan.rolloverExplain', { year: nextYear })}</Paragraph>
            <div className="button-row">
              <Button variant="secondary" onClick={run(() => rollover.mutate())}>
                {t('plan.rollover')}
              </Button>
            </div>
          </>
        )
      )}
      {open === 'edit' && <EditPlanDialog plan={plan} onDone={finish} onClose={() => setOpen(null)} onReload={reload} />}
      {open === 'adopt' && adoption.data && (
        <AdoptDialog plan={plan} options={adoption.data} onDone={finish} onClose={() => setOpen(null)} onReload={reload} />
      )}
    </section>
  );
}
