// The start page's "Mina uppgifter i årshjulet": the unfinished tasks of the units where the
// signed-in person works tasks (the server applies workableUnits), the next five by due date,
// each linking to its step's page. Late ones come first, said in words by the state tag.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useMyOpenTasks } from '../../calendarApi.js';
import { Loading, QueryError } from '../../components/Status.js';
import { TaskStateTag } from './TaskStateTag.js';
import { stepHref } from './text.js';

const shown = 5;

export function MyTasks({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  const tasks = useMyOpenTasks();
  const items = tasks.data?.items ?? [];
  const next = items.slice(0, shown);
  const late = items.filter((x) => x.shownState === 'late').length;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('calendarMine.heading')}
      </Heading>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph>{t('calendarMine.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('calendarMine.summary', { count: items.length })} {late > 0 && t('calendarMine.late', { count: late })}
          </Paragraph>
          <div className="table-wrap">
            <Table zebra data-size="sm" className="data-table">
              <caption>{t('calendarMine.caption', { count: next.length })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('calendarMine.task')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('calendarTask.unit')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('calendarTask.due')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('calendarTask.state.label')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {next.map((x) => {
                  const name = `${x.title} ${x.stepKey.split(':')[1] ?? ''}`.trim();
                  return (
                    <Table.Row key={x.id}>
                      <Table.HeaderCell scope="row">
                        {x.inCycle ? (
                          <Link asChild>
                            <RouterLink to={stepHref(x.year, x.stepKey)}>{name}</RouterLink>
                          </Link>
                        ) : (
                          name
                        )}
                      </Table.HeaderCell>
                      <Table.Cell>{x.orgUnitName}</Table.Cell>
                      <Table.Cell className="nowrap">{x.dueOn}</Table.Cell>
                      <Table.Cell>
                        <TaskStateTag state={x.shownState} />
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/arshjul">{t('calendarMine.toWheel')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
