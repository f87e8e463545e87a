// "Mål och röda tråden" on a unit's page: the unit's goals this year, each with what it serves
// one and two levels up ("Förståelse för syfte och helhet", DOMAIN.md), and the unit's plans.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { NodeTypeTag } from '../../components/PlanTags.js';
import { Loading, QueryError } from '../../components/Status.js';
import { currentYear } from '../../components/YearSelect.js';
import type { ThreadNodeRef } from '../../planApi.js';
import { usePlans, useUnitThread } from '../../planQueries.js';
import { PlanTable } from '../plans/PlanTable.js';
import { nodeHref } from '../redThread/ThreadTree.js';

function NodeLine({ node, year }: { node: ThreadNodeRef; year: number }) {
  const { t } = useTranslation();
  return (
    <>
      <NodeTypeTag type={node.type} goalKind={node.goalKind} />{' '}
      <Link asChild>
        <RouterLink to={nodeHref({ kind: node.type, id: node.id, planId: node.planId }, year)}>{node.title}</RouterLink>
      </Link>{' '}
      <span className="muted">
        ({t(`planKinds.${node.planKind}`)}, {node.orgUnitName})
      </span>
    </>
  );
}

export function UnitThreadSection({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { t } = useTranslation();
  const year = currentYear();
  const thread = useUnitThread(unitId, year);
  const plans = usePlans({ orgUnitId: unitId });

  return (
    <section aria-labelledby="unit-thread">
      <Heading level={2} data-size="sm" id="unit-thread">
        {t('unitThread.heading')}
      </Heading>
      {thread.isPending ? (
        <Loading />
      ) : thread.isError ? (
        <QueryError error={thread.error} onRetry={() => void thread.refetch()} />
      ) : thread.data.goals.length === 0 ? (
        <Paragraph>{t('unitThread.noGoals', { year })}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('unitThread.intro', { year })}</Paragraph>
          <ul className="unit-goals">
            {thread.data.goals.map(({ goal, chains }) => (
              <li key={goal.id}>
                <NodeLine node={goal} year={year} />
                {chains.length === 0 ? (
                  <Paragraph data-size="sm">{t('unitThread.noChain')}</Paragraph>
                ) : (
                  <ul className="unit-goals__chains">
                    {chains.map((chain) => {
                      // A chain is the one or two levels above, from the top: [grandparent, parent].
                      const parent = chain[chain.length - 1];
                      const grand = chain.length > 1 ? chain[0] : undefined;
                      return (
                        <li key={chain.map((c) => c.id).join('/')}>
                          {parent && (
                            <div>
                              {t('unitThread.serves')} <NodeLine node={parent} year={year} />
                            </div>
                          )}
                          {grand && (
                            <div>
                              {t('unitThread.whichServes')} <NodeLine node={grand} year={year} />
                            </div>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading level={3} data-size="xs">
        {t('unitThread.plansHeading')}
      </Heading>
      {plans.isPending ? (
        <Loading />
      ) : plans.isError ? (
        <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.data.items.length === 0 ? (
        <Paragraph>{t('unitThread.noPlans')}</Paragraph>
      ) : (
        <PlanTable caption={t('unitThread.plansCaption', { name: unitName })} plans={plans.data.items} by="plan" />
      )}
    </section>
  );
}
