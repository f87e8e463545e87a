// "Uppdrag": what the plan's owner tells the bodies or units below it to do, with the due date
// and, for a nämnd, the uppdrag from KF it carries on.
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { formatDate } from '../../format.js';
import { type Assignment, type PlanDetail, planApi } from '../../planApi.js';
import { AssignmentDialog } from './AssignmentDialog.js';

type Open = { kind: 'new' } | { kind: 'edit'; item: Assignment } | { kind: 'delete'; item: Assignment } | null;

interface Props {
  detail: PlanDetail;
  editable: boolean;
  onDone: (msg: string) => void;
  onReload: () => void;
}

export function AssignmentsSection({ detail, editable, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const { assignments } = detail;
  const close = () => setOpen(null);
  const finish = (msg: string) => {
    setOpen(null);
    onDone(msg);
  };
  const reload = () => {
    setOpen(null);
    onReload();
  };
  return (
    <section aria-labelledby="plan-assignments">
      <Heading level={2} data-size="sm" id="plan-assignments">
        {t('assignment.heading')}
      </Heading>
      {editable && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setOpen({ kind: 'new' })}>
            {t('assignment.new')}
          </Button>
        </div>
      )}
      {assignments.length === 0 ? (
        <Paragraph>{t('assignment.none')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra className="data-table" data-size="sm">
            <caption>{t('assignment.caption', { title: detail.plan.title })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('assignment.title')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assignment.description')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assignment.assignees')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assignment.dueOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assignment.parent')}</Table.HeaderCell>
                {editable && <Table.HeaderCell scope="col">{t('goal.edit')}</Table.HeaderCell>}
                {editable && <Table.HeaderCell scope="col">{t('goal.delete')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {assignments.map((a) => (
                <Table.Row key={a.id}>
                  <Table.HeaderCell scope="row">{a.title}</Table.HeaderCell>
                  <Table.Cell>{a.description}</Table.Cell>
                  <Table.Cell>{a.assignees.map((u) => u.name).join(', ')}</Table.Cell>
                  <Table.Cell className="nowrap">{formatDate(a.dueOn)}</Table.Cell>
                  <Table.Cell>{a.parentTitle ?? ''}</Table.Cell>
                  {editable && (
                    <Table.Cell>
                      <Button variant="secondary" data-size="sm" onClick={() => setOpen({ kind: 'edit', item: a })}>
                        {t('goal.edit')}
                        <span className="visually-hidden"> {t('goal.forGoal', { title: a.title })}</span>
                      </Button>
                    </Table.Cell>
                  )}
                  {editable && (
                    <Table.Cell>
                      <Button variant="tertiary" data-size="sm" onClick={() => setOpen({ kind: 'delete', item: a })}>
                        {t('goal.delete')}
                        <span className="visually-hidden"> {t('goal.forGoal', { title: a.title })}</span>
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {open?.kind === 'new' && <AssignmentDialog detail={detail} onDone={finish} onClose={close} onReload={reload} />}
      {open?.kind === 'edit' && (
        <AssignmentDialog detail={detail} assignment={open.item} onDone={finish} onClose={close} onReload={reload} />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title={t('assignment.deleteTitle', { title: open.item.title })}
          text={t('assignment.deleteText')}
          confirmLabel={t('goal.delete')}
          action={() => planApi.deleteAssignment(open.item.id, open.item.version)}
          onDone={() => finish(t('assignment.deleted', { title: open.item.title }))}
          onClose={close}
          onReload={reload}
        />
      )}
    </section>
  );
}
