// The goals of a plan version as cards, with "Nytt mål", "Ändra" and "Ta bort" while the version
// may still change.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalKinds } from '../../../core/plans/kinds.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import type { GoalStatusItem } from '../../indicatorApi.js';
import { type Goal, type Plan, planApi } from '../../planApi.js';
import { GoalCard } from './GoalCard.js';
import { GoalDialog } from './GoalDialog.js';

type Open = { kind: 'new' } | { kind: 'edit'; goal: Goal } | { kind: 'delete'; goal: Goal } | null;

interface Props {
  plan: Plan;
  goals: Goal[];
  /** Lineages of KF's goals given to the plan's owner, offered first as what goals serve. */
  given?: ReadonlySet<string>;
  editable: boolean;
  /** Each goal's status of the plan's first year, by lineage. */
  statuses?: ReadonlyMap<string, GoalStatusItem>;
  onDone: (msg: string) => void;
  onReload: () => void;
}

export function GoalsSection({ plan, goals, given, editable, statuses, onDone, onReload }: Props) {
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
  // Strategic goals before result goals, contributions before own development: the model's order.
  const sorted = [...goals].sort((a, b) => goalKinds.indexOf(a.kind) - goalKinds.indexOf(b.kind));
  const heading = t(`goal.heading.${plan.kind}`, { defaultValue: t('goal.heading.default') });

  return (
    <section aria-labelledby="plan-goals">
      <Heading level={2} data-size="sm" id="plan-goals">
        {heading}
      </Heading>
      {editable && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setOpen({ kind: 'new' })}>
            {t('goal.new')}
          </Button>
        </div>
      )}
      {sorted.length === 0 ? (
        <Paragraph>{t('goal.none')}</Paragraph>
      ) : (
        <div className="goal-list">
          {sorted.map((g) => (
            <GoalCard
              key={g.id}
              goal={g}
              planKind={plan.kind}
              year={plan.yearFrom}
              status={statuses?.get(g.lineageId)}
              onEdit={editable ? () => setOpen({ kind: 'edit', goal: g }) : undefined}
              onDelete={editable ? () => setOpen({ kind: 'delete', goal: g }) : undefined}
            />
          ))}
        </div>
      )}
      {open?.kind === 'new' && <GoalDialog plan={plan} given={given} onDone={finish} onClose={close} onReload={reload} />}
      {open?.kind === 'edit' && <GoalDialog plan={plan} goal={open.goal} given={given} onDone={finish} onClose={close} onReload={reload} />}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title={t('goal.deleteTitle', { title: open.goal.title })}
          text={t('goal.deleteText')}
          confirmLabel={t('goal.delete')}
          action={() => planApi.deleteGoal(open.goal.id, open.goal.version)}
          onDone={() => finish(t('goal.deleted', { title: open.goal.title }))}
          onClose={close}
          onReload={reload}
        />
      )}
    </section>
  );
}
