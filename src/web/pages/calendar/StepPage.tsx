// /arshjul/:year/steg/:stepKey: one step of the cycle: what it is, who owns it, what it produces,
// its dates, and its tasks per org unit with their states. People who work on a unit mark its
// task in progress or done here.
import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { stepKey } from '../../../core/calendar/tasks.js';
import { usePageTitle } from '../../app/title.js';
import { calendarApi, refreshCalendar, type Task, useCycle, useTasks } from '../../calendarApi.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ErrorAlert, Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { TaskStateTag } from './TaskStateTag.js';
import { yearFrom } from './text.js';

export function StepPage() {
  const { year: yearParam, stepKey: key = '' } = useParams();
  const year = yearFrom(yearParam);
  const { t } = useTranslation();
  const cycle = useCycle(year ?? 0);
  const step = cycle.data?.steps.find((s) => stepKey(s) === key);
  usePageTitle(step ? `${step.title} ${year}` : t('calendarStep.title'));
  if (year === null) return <NotFoundPage />;
  if (cycle.isPending) return <Loading />;
  if (cycle.isError) return <QueryError error={cycle.error} onRetry={() => void cycle.refetch()} />;
  if (!step) return <NotFoundPage />;
  const goesTo = step.goesTo.map((g) => t(`calendarWheel.goesTo.${g.body}`, { by: g.by })).join('; ');
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={`/arshjul/${year}`}>{t('calendarStep.back', { year })}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{step.title}</PageHeading>
      <dl className="facts">
        <dt>{t('calendarStep.what')}</dt>
        <dd>
          {t('calendarWheel.ringPhase', {
            ring: t(`calendarWheel.ring.${step.ring}`),
            letter: step.phase,
            phase: t(`calendarWheel.phase.${step.phase}`),
          })}
          {step.budgetYear !== null && `, ${t('calendarStep.budgetYear', { year: step.budgetYear })}`}
        </dd>
        <dt>{t('calendarStep.owner')}</dt>
        <dd>{step.owner}</dd>
        {step.produces && (
          <>
            <dt>{t('calendarStep.produces')}</dt>
            <dd>{step.produces}</dd>
          </>
        )}
        <dt>{t('calendarStep.dates')}</dt>
        <dd>{t('calendarStep.fromTo', { start: step.start, due: step.due })}</dd>
        {step.period && (
          <>
            <dt>{t('calendarStep.period')}</dt>
            <dd>{t('calendarStep.fromTo', { start: step.period.from, due: step.period.to })}</dd>
          </>
        )}
        {goesTo && (
          <>
            <dt>{t('calendarStep.onward')}</dt>
            <dd>{goesTo}</dd>
          </>
        )}
      </dl>
      <StepTasks year={year} stepKey={key} />
    </>
  );
}

function StepTasks({ year, stepKey: key }: { year: number; stepKey: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const tasks = useTasks(year, key);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const change = async (task: Task, state: Task['state']) => {
    setError(null);
    try {
      await calendarApi.setTaskState(task.id, state, task.version);
      setNotice(t('calendarTask.changed', { unit: task.orgUnitName, state: t(`calendarTask.state.${state}`) }));
    } catch (e) {
      setError(e);
    }
    await refreshCalendar(qc);
  };
  const items = tasks.data?.items ?? [];
  return (
    <section aria-labelledby="step-tasks">
      <Heading level={2} data-size="sm" id="step-tasks">
        {t('calendarStep.tasks')}
      </Heading>
      {notice && <SuccessAlert message={notice} onDismiss={() => setNotice(null)} />}
      {error !== null && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph>{t('calendarStep.noTasks')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra data-size="sm" className="data-table">
            <caption>
              {t('calendarStep.tasksCaption', { count: items.length, done: items.filter((i) => i.state === 'done').length })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('calendarTask.unit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('calendarTask.due')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('calendarTask.meeting')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('calendarTask.state.label')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('calendarTask.document')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('calendarTask.start')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('calendarTask.finish')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((task) => (
                <Table.Row key={task.id}>
                  <Table.HeaderCell scope="row">{task.orgUnitName}</Table.HeaderCell>
                  <Table.Cell className="nowrap">{task.dueOn}</Table.Cell>
                  <Table.Cell>{task.meetingTitle ?? t('calendarTask.noMeeting')}</Table.Cell>
                  <Table.Cell>
                    <TaskStateTag state={task.shownState} />
                    {task.doneBy && <span className="muted"> {t('calendarTask.doneBy', { name: task.doneBy })}</span>}
                  </Table.Cell>
                  <Table.Cell>
                    {task.planId ? (
                      <Link asChild>
                        <RouterLink to={`/planer/${task.planId}`}>{t('calendarTask.openPlan', { unit: task.orgUnitName })}</RouterLink>
                      </Link>
                    ) : (
                      ''
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {task.canEdit && task.state === 'not_started' && (
                      <TaskButton task={task} to="in_progress" onChange={(s) => void change(task, s)} />
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {task.canEdit && (
                      <TaskButton task={task} to={task.state === 'done' ? 'in_progress' : 'done'} onChange={(s) => void change(task, s)} />
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

/** One button per cell (UI.md rule 2); its text names the unit, so each is told apart by a screen reader. */
function TaskButton({ task, to, onChange }: { task: Task; to: Task['state']; onChange: (s: Task['state']) => void }) {
  const { t } = useTranslation();
  const key = to === 'in_progress' && task.state === 'done' ? 'reopen' : to;
  return (
    <Button
      variant={to === 'done' ? 'primary' : 'secondary'}
      data-size="sm"
      aria-label={t('calendarTask.toUnit', { action: t(`calendarTask.to.${key}`), unit: task.orgUnitName })}
      onClick={() => onChange(to)}
    >
      {t(`calendarTask.to.${key}`)}
    </Button>
  );
}
