// The year's tasks on the wheel page: how many there are and how many are done; for those who
// steer the cycle (admin, controller on the kommunstyrelse) the action that creates them, or
// updates them after a change of settings; and the done tasks that no step produces any more.
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnnualCycle, calendarApi, refreshCalendar, useCycleSettings, useTasks } from '../../calendarApi.js';
import { ErrorAlert, SuccessAlert } from '../../components/Status.js';
import { TaskStateTag } from './TaskStateTag.js';

export function YearTasks({ year }: { year: number }) {
  const { t } = useTranslation();
  const tasks = useTasks(year);
  const settings = useCycleSettings();
  const qc = useQueryClient();
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Shown when both are known, so the action never appears after the text (or flickers away).
  if (!tasks.data || settings.isPending) return null;
  const items = tasks.data.items;
  const canGenerate = settings.data?.canEdit === true;
  const generate = async () => {
    setError(null);
    setBusy(true);
    try {
      const r = await calendarApi.generate(year);
      setResult(t(items.length ? 'calendarYearTasks.updated' : 'calendarYearTasks.created', { ...r, year }));
      await refreshCalendar(qc);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="year-tasks" className="stack">
      <Heading level={2} data-size="xs" id="year-tasks">
        {t('calendarYearTasks.heading', { year })}
      </Heading>
      {result && <SuccessAlert message={result} onDismiss={() => setResult(null)} />}
      {error !== null && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      <Paragraph data-size="sm">
        {items.length
          ? t('calendarYearTasks.summary', { count: items.length, done: items.filter((i) => i.state === 'done').length })
          : t(canGenerate ? 'calendarYearTasks.noneYet' : 'calendarYearTasks.noneYetOthers', { year })}
      </Paragraph>
      {canGenerate && (
        <div className="button-row">
          <Button variant={items.length ? 'secondary' : 'primary'} data-size="sm" disabled={busy} onClick={() => void generate()}>
            {t(items.length ? 'calendarYearTasks.update' : 'calendarYearTasks.create')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** Tasks that no step of the year produces any more (a setting changed): done ones stay, listed here. */
export function TasksOutsideCycle({ cycle }: { cycle: AnnualCycle }) {
  const { t } = useTranslation();
  const tasks = useTasks(cycle.year);
  const outside = (tasks.data?.items ?? []).filter((x) => !x.inCycle);
  if (!outside.length) return null;
  const title = (step: string) => cycle.steps.find((s) => s.step === step)?.title ?? step;
  return (
    <section aria-labelledby="outside-cycle">
      <Heading level={2} data-size="xs" id="outside-cycle">
        {t('calendarYearTasks.outsideHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('calendarYearTasks.outsideIntro')}</Paragraph>
      <div className="table-wrap">
        <Table zebra data-size="sm" className="data-table">
          <caption>{t('calendarYearTasks.outsideCaption', { year: cycle.year, count: outside.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('calendarWheel.colStep')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('calendarTask.unit')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('calendarTask.due')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('calendarTask.state.label')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {outside.map((x) => (
              <Table.Row key={x.id}>
                <Table.HeaderCell scope="row">
                  {title(x.step)} {x.stepKey.split(':')[1]}
                </Table.HeaderCell>
                <Table.Cell>{x.orgUnitName}</Table.Cell>
                <Table.Cell className="nowrap">{x.dueOn}</Table.Cell>
                <Table.Cell>
                  <TaskStateTag state={x.shownState} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
