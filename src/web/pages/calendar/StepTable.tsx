// The årshjul as a table: the list view and the wheel's text alternative. One row per step,
// the step's title as row header and link to its page.
import { Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { stepKey } from '../../../core/calendar/tasks.js';
import type { AnnualCycle, Step } from '../../calendarApi.js';
import { stepHref } from './text.js';

export function StepTable({ cycle, steps, caption }: { cycle: AnnualCycle; steps: Step[]; caption: string }) {
  const { t } = useTranslation();
  const bodies = (s: Step) => s.goesTo.map((g) => t(`calendarWheel.goesTo.${g.body}`, { by: g.by })).join('; ');
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm" className="data-table" stickyHeader={steps.length > 12}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('calendarWheel.colStep')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('calendarWheel.colRing')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('calendarWheel.colStart')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('calendarWheel.colDue')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('calendarWheel.colOnward')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('calendarWheel.colOwner')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {steps.map((s) => (
            <Table.Row key={`${stepKey(s)}-${s.due}`}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={stepHref(cycle.year, stepKey(s))}>{s.title}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>
                {t('calendarWheel.ringPhase', {
                  ring: t(`calendarWheel.ring.${s.ring}`),
                  letter: s.phase,
                  phase: t(`calendarWheel.phase.${s.phase}`),
                })}
              </Table.Cell>
              <Table.Cell className="nowrap">{s.start}</Table.Cell>
              <Table.Cell className="nowrap">{s.due}</Table.Cell>
              <Table.Cell>{bodies(s)}</Table.Cell>
              <Table.Cell>{s.owner}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
