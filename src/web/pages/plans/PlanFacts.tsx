// The facts of one plan version: kind, owner, years, status and, once adopted, the decision.
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PlanStatusTag } from '../../components/PlanTags.js';
import { formatDate } from '../../format.js';
import type { Plan } from '../../planApi.js';
import { yearsOf } from './PlanTable.js';

export function PlanFacts({ plan, newest }: { plan: Plan; newest: Plan | undefined }) {
  const { t } = useTranslation();
  const decided = plan.status === 'adopted' || plan.status === 'superseded';
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('plan.kind')}</dt>
          <dd>{t(`planKinds.${plan.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('plan.unit')}</dt>
          <dd>
            <Link asChild>
              <RouterLink to={`/organisation/${plan.orgUnitId}`}>{plan.orgUnitName}</RouterLink>
            </Link>
          </dd>
        </div>
        {plan.personName && (
          <div>
            <dt>{t('plan.person')}</dt>
            <dd>{plan.personName}</dd>
          </div>
        )}
        {plan.area && (
          <div>
            <dt>{t('plan.area')}</dt>
            <dd>{plan.area}</dd>
          </div>
        )}
        <div>
          <dt>{t('plan.years')}</dt>
          <dd>{yearsOf(plan)}</dd>
        </div>
        <div>
          <dt>{t('plan.status')}</dt>
          <dd>
            <PlanStatusTag status={plan.status} />
          </dd>
        </div>
        <div>
          <dt>{t('plan.version')}</dt>
          <dd>{plan.versionNo}</dd>
        </div>
        {decided && (
          <>
            <div>
              <dt>{t('plan.decidedOn')}</dt>
              <dd>{formatDate(plan.decidedOn) || t('plan.notGiven')}</dd>
            </div>
            <div>
              <dt>{t('plan.decidedBy')}</dt>
              <dd>{plan.decidedBy ?? t('plan.notGiven')}</dd>
            </div>
            <div>
              <dt>{t('plan.diarienummer')}</dt>
              <dd>{plan.diarienummer ?? t('plan.notGiven')}</dd>
            </div>
          </>
        )}
      </dl>
      {newest && newest.id !== plan.id && (
        <Paragraph>
          {t('plan.olderVersion', { n: plan.versionNo })}{' '}
          <Link asChild>
            <RouterLink to={`/planer/${newest.id}`}>
              {t('plan.openNewest', { n: newest.versionNo, status: t(`planStatus.${newest.status}`).toLocaleLowerCase() })}
            </RouterLink>
          </Link>
        </Paragraph>
      )}
    </>
  );
}
