// /roda-traden/mal/:id: one goal (or strategic area) in the red thread of a year. Every way up
// to the vision, each as an ordered list from the top down to the goal, and everything that
// serves the goal below it, as nested lists. Each goal says its status of the year; the goal
// itself also why ("Varför?").
import { Breadcrumbs, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { AssessmentTag } from '../../components/AssessmentTag.js';
import { GoalAssessment } from '../../components/GoalAssessment.js';
import { NodeTypeTag } from '../../components/PlanTags.js';
import type { GoalStatusItem } from '../../indicatorApi.js';
import { useGoalStatusMap } from '../../indicatorQueries.js';
import { Loading, QueryError } from '../../components/Status.js';
import { useYearParam } from '../../components/YearSelect.js';
import type { ThreadNodeRef, TreeNode } from '../../planApi.js';
import { useThreadNode } from '../../planQueries.js';
import { nodeHref } from './ThreadTree.js';

export function ThreadNodeRoute() {
  const { id = '' } = useParams();
  const [year] = useYearParam();
  return <ThreadNodePage key={`${id}-${year}`} id={id} year={year} />;
}

const where = (n: ThreadNodeRef) => (n.personName ? `${n.orgUnitName} – ${n.personName}` : n.orgUnitName);

function ThreadNodePage({ id, year }: { id: string; year: number }) {
  const { t } = useTranslation();
  const detail = useThreadNode(id, year);
  const statuses = useGoalStatusMap(year);
  const node = detail.data?.node;
  const status = node ? statuses.get(node.id) : undefined;
  usePageTitle(node?.title ?? t('thread.nodeFallback'));

  return (
    <>
      <Breadcrumbs aria-label={t('breadcrumbs.label')} className="breadcrumbs">
        <Breadcrumbs.List>
          <Breadcrumbs.Item>
            <Breadcrumbs.Link asChild>
              <RouterLink to={`/roda-traden?ar=${year}`}>{t('thread.title')}</RouterLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
          {node && (
            <Breadcrumbs.Item>
              <Breadcrumbs.Link asChild>
                <RouterLink to={`/roda-traden/mal/${node.id}?ar=${year}`}>{node.title}</RouterLink>
              </Breadcrumbs.Link>
            </Breadcrumbs.Item>
          )}
        </Breadcrumbs.List>
      </Breadcrumbs>
      <PageHeading>{node?.title ?? t('thread.nodeFallback')}</PageHeading>
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        detail.data &&
        node && (
          <>
            <dl className="facts">
              <div>
                <dt>{t('thread.nodeType')}</dt>
                <dd>
                  <NodeTypeTag type={node.type} goalKind={node.goalKind} />
                </dd>
              </div>
              <div>
                <dt>{t('thread.inPlan')}</dt>
                <dd>
                  <Link asChild>
                    <RouterLink to={`/planer/${node.planId}`}>{t(`planKinds.${node.planKind}`)}</RouterLink>
                  </Link>
                </dd>
              </div>
              <div>
                <dt>{t('plan.unit')}</dt>
                <dd>
                  <Link asChild>
                    <RouterLink to={`/organisation/${node.orgUnitId}`}>{where(node)}</RouterLink>
                  </Link>
                </dd>
              </div>
              <div>
                <dt>{t('plans.year')}</dt>
                <dd>{year}</dd>
              </div>
            </dl>
            {status && (
              <section aria-labelledby="node-status">
                <Heading level={2} data-size="sm" id="node-status">
                  {t('assessment.label', { year })}
                </Heading>
                <GoalAssessment item={status} year={year} />
              </section>
            )}

            <section aria-labelledby="node-up">
              <Heading level={2} data-size="sm" id="node-up">
                {t('thread.pathsUp')}
              </Heading>
              {detail.data.pathsUp.length === 1 && detail.data.pathsUp[0]?.length === 1 && node.type === 'goal' ? (
                <Paragraph>{t('thread.noPathUp')}</Paragraph>
              ) : (
                detail.data.pathsUp.map((path, i) => (
                  <div key={path.map((p) => p.id).join('/')} className="thread-path">
                    {detail.data.pathsUp.length > 1 && (
                      <Heading level={3} data-size="2xs">
                        {t('thread.pathN', { n: i + 1, total: detail.data.pathsUp.length })}
                      </Heading>
                    )}
                    <ol className="thread-path__list">
                      {path.map((p) => (
                        <li key={p.id} aria-current={p.id === node.id ? 'true' : undefined}>
                          <NodeTypeTag type={p.type} goalKind={p.goalKind} />{' '}
                          {p.id === node.id ? (
                            <strong>{p.title}</strong>
                          ) : (
                            <Link asChild>
                              <RouterLink to={nodeHref({ kind: p.type, id: p.id, planId: p.planId }, year)}>{p.title}</RouterLink>
                            </Link>
                          )}{' '}
                          <span className="muted">({where(p)})</span> <StatusOf id={p.id} statuses={statuses} />
                        </li>
                      ))}
                    </ol>
                  </div>
                ))
              )}
            </section>

            <section aria-labelledby="node-below">
              <Heading level={2} data-size="sm" id="node-below">
                {t('thread.below')}
              </Heading>
              {detail.data.below.children.length === 0 ? (
                <Paragraph>{t('thread.nothingBelow')}</Paragraph>
              ) : (
                <Below nodes={detail.data.below.children} year={year} statuses={statuses} />
              )}
            </section>
          </>
        )
      )}
    </>
  );
}

/** A goal's status tag, when it has one this year (a vision or strategic area has none). */
function StatusOf({ id, statuses }: { id: string; statuses: ReadonlyMap<string, GoalStatusItem> }) {
  const s = statuses.get(id);
  return s ? <AssessmentTag status={s.status} /> : null;
}

function Below({ nodes, year, statuses }: { nodes: TreeNode[]; year: number; statuses: ReadonlyMap<string, GoalStatusItem> }) {
  const { t } = useTranslation();
  return (
    <ul className="thread-below">
      {nodes.map((n) => (
        <li key={n.id}>
          <NodeTypeTag type={n.kind} goalKind={n.goalKind} />{' '}
          <Link asChild>
            <RouterLink to={nodeHref(n, year)}>{n.title}</RouterLink>
          </Link>{' '}
          <span className="muted">
            ({t(`planKinds.${n.planKind}`)}, {n.orgUnit})
          </span>{' '}
          <StatusOf id={n.id} statuses={statuses} />
          {n.children.length > 0 && <Below nodes={n.children} year={year} statuses={statuses} />}
        </li>
      ))}
    </ul>
  );
}
