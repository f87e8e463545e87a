// "Aktiviteter" of a verksamhetsplan or utvecklingsplan: Vad, Vem, Start, Klart and the goal served.
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { formatDate } from '../../format.js';
import { type Activity, type Goal, type Plan, planApi } from '../../planApi.js';
import { ActivityDialog } from './ActivityDialog.js';

type Open = { kind: 'new' } | { kind: 'edit'; item: Activity } | { kind: 'delete'; item: Activity } | null;

interface Props {
  plan: Plan;
  goals: Goal[];
  activities: Activity[];
  editable: boolean;
  onDone: (msg: string) => void;
  onReload: () => void;
}

export function ActivitiesSection({ plan, goals, activities, editable, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const finish = (msg: string) => {
    setOpen(null);
    onDone(msg);
  };
  const reload = () => {
    setOpen(null);
    onReload();
  };
  const goalTitle = (id: string | null) => goals.find((g) => g.id === id)?.title ?? '';
  return (
    <section aria-labelledby="plan-activities">
      <Heading level={2} data-size="sm" id="plan-activities">
        {t('activity.heading')}
      </Heading>
      {editable && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setOpen({ kind: 'new' })}>
            {t('activity.new')}
          </Button>
        </div>
      )}
      {activities.length === 0 ? (
        <Paragraph>{t('activity.none')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra className="data-table" data-size="sm">
            <caption>{t('activity.caption', { title: plan.title })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('activity.colWhat')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('activity.colWho')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('activity.colStart')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('activity.colDue')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('activity.colGoal')}</Table.HeaderCell>
                {editable && <Table.HeaderCell scope="col">{t('goal.edit')}</Table.HeaderCell>}
                {editable && <Table.HeaderCell scope="col">{t('goal.delete')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {activities.map((a) => (
                <Table.Row key={a.id}>
                  <Table.HeaderCell scope="row">{a.what}</Table.HeaderCell>
                  <Table.Cell>{a.who}</Table.Cell>
                  <Table.Cell className="nowrap">{formatDate(a.startsOn)}</Table.Cell>
                  <Table.Cell className="nowrap">{formatDate(a.dueOn)}</Table.Cell>
                  <Table.Cell>{goalTitle(a.goalId)}</Table.Cell>
                  {editable && (
                    <Table.Cell>
                      <Button variant="secondary" data-size="sm" onClick={() => setOpen({ kind: 'edit', item: a })}>
                        {t('goal.edit')}
                        <span className="visually-hidden"> {t('goal.forGoal', { title: a.what })}</span>
                      </Button>
                    </Table.Cell>
                  )}
                  {editable && (
                    <Table.Cell>
                      <Button variant="tertiary" data-size="sm" onClick={() => setOpen({ kind: 'delete', item: a })}>
                        {t('goal.delete')}
                        <span className="visually-hidden"> {t('goal.forGoal', { title: a.what })}</span>
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {open?.kind === 'new' && <ActivityDialog plan={plan} goals={goals} onDone={finish} onClose={close} onReload={reload} />}
      {open?.kind === 'edit' && (
        <ActivityDialog plan={plan} goals={goals} activity={open.item} onDone={finish} onClose={close} onReload={reload} />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title={t('activity.deleteTitle', { what: open.item.what })}
          text={t('activity.deleteText')}
          confirmLabel={t('goal.delete')}
          action={() => planApi.deleteActivity(open.item.id, open.item.version)}
          onDone={() => finish(t('activity.deleted', { what: open.item.what }))}
          onClose={close}
          onReload={reload}
        />
      )}
    </section>
  );
}
