// The strategic areas of the strategisk plan: the level between the vision and KF's goals.
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { type Plan, type StrategicArea, planApi } from '../../planApi.js';
import { AreaDialog } from './AreaDialog.js';

type Open = { kind: 'new' } | { kind: 'edit'; area: StrategicArea } | { kind: 'delete'; area: StrategicArea } | null;

interface Props {
  plan: Plan;
  areas: StrategicArea[];
  editable: boolean;
  onDone: (msg: string) => void;
  onReload: () => void;
}

export function AreasSection({ plan, areas, editable, onDone, onReload }: Props) {
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
  return (
    <section aria-labelledby="plan-areas">
      <Heading level={2} data-size="sm" id="plan-areas">
        {t('area.heading')}
      </Heading>
      {editable && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setOpen({ kind: 'new' })}>
            {t('area.new')}
          </Button>
        </div>
      )}
      {areas.length === 0 ? (
        <Paragraph>{t('area.none')}</Paragraph>
      ) : (
        <ol className="area-list">
          {areas.map((a) => (
            <li key={a.id}>
              <Heading level={3} data-size="2xs">
                {a.title}
              </Heading>
              {a.description && <Paragraph data-size="sm">{a.description}</Paragraph>}
              <div className="button-row">
                <Link asChild>
                  <RouterLink to={`/roda-traden/mal/${a.lineageId}?ar=${plan.yearFrom}`}>
                    {t('goal.showThread')}
                    <span className="visually-hidden"> {t('goal.forGoal', { title: a.title })}</span>
                  </RouterLink>
                </Link>
                {editable && (
                  <>
                    <Button variant="secondary" data-size="sm" onClick={() => setOpen({ kind: 'edit', area: a })}>
                      {t('goal.edit')}
                      <span className="visually-hidden"> {t('goal.forGoal', { title: a.title })}</span>
                    </Button>
                    <Button variant="tertiary" data-size="sm" onClick={() => setOpen({ kind: 'delete', area: a })}>
                      {t('goal.delete')}
                      <span className="visually-hidden"> {t('goal.forGoal', { title: a.title })}</span>
                    </Button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {open?.kind === 'new' && <AreaDialog plan={plan} onDone={finish} onClose={close} onReload={reload} />}
      {open?.kind === 'edit' && <AreaDialog plan={plan} area={open.area} onDone={finish} onClose={close} onReload={reload} />}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title={t('area.deleteTitle', { title: open.area.title })}
          text={t('area.deleteText')}
          confirmLabel={t('goal.delete')}
          action={() => planApi.deleteArea(open.area.id, open.area.version)}
          onDone={() => finish(t('area.deleted', { title: open.area.title }))}
          onClose={close}
          onReload={reload}
        />
      )}
    </section>
  );
}
