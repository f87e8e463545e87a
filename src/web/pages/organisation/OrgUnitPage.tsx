// /organisation/:id: one unit with its path, facts, people and roles, its goals with their status
// and indicators, its goals in the red thread and its plans, sub-units and placement history. Those who may manage the organisation also get
// its actions, each in a dialog.
import { Breadcrumbs, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { orgUnitKinds } from '../../../core/org/kinds.js';
import { allowedParents } from '../../../core/org/rules.js';
import type { OrgUnit, RoleAssignment } from '../../api.js';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { RolesTable } from '../../components/RolesTable.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { formatDate } from '../../format.js';
import { useMe, useOrgUnit } from '../../queries.js';
import { CloseUnitDialog } from './CloseUnitDialog.js';
import { EditUnitDialog } from './EditUnitDialog.js';
import { EndRoleDialog } from './EndRoleDialog.js';
import { GrantRoleDialog } from './GrantRoleDialog.js';
import { refreshOrganisation } from './invalidate.js';
import { MoveUnitDialog } from './MoveUnitDialog.js';
import { NewChildDialog } from './NewChildDialog.js';
import { ChildrenTable, PlacementsTable } from './UnitTables.js';
import { UnitGoalsSection } from './UnitGoalsSection.js';
import { UnitThreadSection } from './UnitThreadSection.js';

type Open =
  | { kind: 'edit' }
  | { kind: 'child' }
  | { kind: 'move' }
  | { kind: 'close' }
  | { kind: 'grant' }
  | { kind: 'end'; assignment: RoleAssignment }
  | null;

/** Keyed by id, so moving from unit to unit starts each page afresh (dialogs, messages). */
export function OrgUnitRoute() {
  const { id = '' } = useParams();
  return <OrgUnitPage key={id} id={id} />;
}

function OrgUnitPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMe();
  const unit = useOrgUnit(id);
  const [open, setOpen] = useState<Open>(null);
  const [success, setSuccess] = useState<ReactNode>(null);
  usePageTitle(unit.data?.name ?? t('unit.fallbackTitle'));

  const u = unit.data;
  const canManage = me.data?.permissions.manageOrg ?? false;
  const childKinds = u ? orgUnitKinds.filter((k) => allowedParents[k].includes(u.kind)) : [];
  const close = () => setOpen(null);
  const done = async (message: ReactNode) => {
    setOpen(null);
    setSuccess(message);
    await refreshOrganisation(queryClient);
  };
  const reload = async () => {
    setOpen(null);
    await refreshOrganisation(queryClient);
  };

  return (
    <>
      {u && (
        <Breadcrumbs aria-label={t('breadcrumbs.label')} className="breadcrumbs">
          <Breadcrumbs.List>
            <Breadcrumbs.Item>
              <Breadcrumbs.Link asChild>
                <RouterLink to="/organisation">{t('organisation.title')}</RouterLink>
              </Breadcrumbs.Link>
            </Breadcrumbs.Item>
            {u.ancestors.map((a) => (
              <Breadcrumbs.Item key={a.id}>
                <Breadcrumbs.Link asChild>
                  <RouterLink to={`/organisation/${a.id}`}>{a.name}</RouterLink>
                </Breadcrumbs.Link>
              </Breadcrumbs.Item>
            ))}
            {/* The last crumb is this page; the breadcrumbs element marks it aria-current. */}
            <Breadcrumbs.Item>
              <Breadcrumbs.Link asChild>
                <RouterLink to={`/organisation/${u.id}`}>{u.name}</RouterLink>
              </Breadcrumbs.Link>
            </Breadcrumbs.Item>
          </Breadcrumbs.List>
        </Breadcrumbs>
      )}
      <PageHeading>{u?.name ?? t('unit.fallbackTitle')}</PageHeading>
      {success && <SuccessAlert message={success} onDismiss={() => setSuccess(null)} />}
      {unit.isPending ? (
        <Loading />
      ) : unit.isError ? (
        <QueryError error={unit.error} onRetry={() => void unit.refetch()} />
      ) : (
        u && (
          <>
            {u.closedOn && (
              <Paragraph>
                <Tag data-color="neutral">{t('status.closed')}</Tag> {t('unit.closedExplain', { date: formatDate(u.closedOn) })}
              </Paragraph>
            )}
            <dl className="facts">
              <div>
                <dt>{t('unit.kind')}</dt>
                <dd>{t(`kinds.${u.kind}`)}</dd>
              </div>
              <div>
                <dt>{t('unit.shortName')}</dt>
                <dd>{u.shortName ?? t('unit.none')}</dd>
              </div>
              <div>
                <dt>{t('unit.openedOn')}</dt>
                <dd>{formatDate(u.openedOn)}</dd>
              </div>
              <div>
                <dt>{t('unit.closedOn')}</dt>
                <dd>{u.closedOn ? formatDate(u.closedOn) : t('unit.notClosed')}</dd>
              </div>
            </dl>

            {canManage && (
              <section aria-labelledby="unit-actions" className="actions">
                <Heading level={2} data-size="xs" id="unit-actions">
                  {t('unit.actions')}
                </Heading>
                <div className="button-row">
                  <Button variant="secondary" onClick={() => setOpen({ kind: 'edit' })}>
                    {t('unit.edit')}
                  </Button>
                  {!u.closedOn && childKinds.length > 0 && (
                    <Button variant="secondary" onClick={() => setOpen({ kind: 'child' })}>
                      {t('unit.newChild')}
                    </Button>
                  )}
                  {!u.closedOn && allowedParents[u.kind].length > 0 && (
                    <Button variant="secondary" onClick={() => setOpen({ kind: 'move' })}>
                      {t('unit.move')}
                    </Button>
                  )}
                  {!u.closedOn && (
                    <Button variant="secondary" onClick={() => setOpen({ kind: 'grant' })}>
                      {t('grant.open')}
                    </Button>
                  )}
                  {!u.closedOn && (
                    <Button variant="secondary" onClick={() => setOpen({ kind: 'close' })}>
                      {t('unit.close')}
                    </Button>
                  )}
                </div>
                {u.closedOn ? (
                  <Paragraph data-size="sm">{t('unit.closedActions')}</Paragraph>
                ) : (
                  childKinds.length === 0 && <Paragraph data-size="sm">{t('unit.noChildKinds', { kind: t(`kinds.${u.kind}`) })}</Paragraph>
                )}
              </section>
            )}

            <section aria-labelledby="unit-roles">
              <Heading level={2} data-size="sm" id="unit-roles">
                {t('unit.rolesHeading')}
              </Heading>
              {u.roles.length === 0 ? (
                <Paragraph>{t('unit.noRoles')}</Paragraph>
              ) : (
                <RolesTable
                  caption={t('unit.rolesCaption', { name: u.name })}
                  rows={u.roles}
                  by="unit"
                  onEnd={canManage && u.roles.some((r) => !r.validTo) ? (a) => setOpen({ kind: 'end', assignment: a }) : undefined}
                />
              )}
            </section>

            <UnitGoalsSection unitId={u.id} unitName={u.name} />

            <UnitThreadSection unitId={u.id} unitName={u.name} />

            <section aria-labelledby="unit-children">
              <Heading level={2} data-size="sm" id="unit-children">
                {t('unit.childrenHeading')}
              </Heading>
              {u.children.length === 0 ? (
                <Paragraph>{t('unit.noChildren')}</Paragraph>
              ) : (
                <ChildrenTable caption={t('unit.childrenCaption', { name: u.name })} units={u.children} />
              )}
            </section>

            <section aria-labelledby="unit-placements">
              <Heading level={2} data-size="sm" id="unit-placements">
                {t('placements.heading')}
              </Heading>
              {u.placements.length === 0 ? (
                <Paragraph>{t('placements.none')}</Paragraph>
              ) : (
                <PlacementsTable caption={t('placements.caption', { name: u.name })} placements={u.placements} />
              )}
            </section>

            {open?.kind === 'edit' && <EditUnitDialog unit={u} onDone={done} onClose={close} onReload={reload} />}
            {open?.kind === 'child' && (
              <NewChildDialog
                parent={u}
                kinds={childKinds}
                onClose={close}
                onDone={(msg: string, created: OrgUnit) =>
                  done(
                    <>
                      {msg} <RouterLink to={`/organisation/${created.id}`}>{t('unit.openCreated', { name: created.name })}</RouterLink>
                    </>,
                  )
                }
              />
            )}
            {open?.kind === 'move' && <MoveUnitDialog unit={u} onDone={done} onClose={close} onReload={reload} />}
            {open?.kind === 'close' && <CloseUnitDialog unit={u} onDone={done} onClose={close} onReload={reload} />}
            {open?.kind === 'grant' && <GrantRoleDialog unit={u} onDone={done} onClose={close} />}
            {open?.kind === 'end' && <EndRoleDialog assignment={open.assignment} onDone={done} onClose={close} onReload={reload} />}
          </>
        )
      )}
    </>
  );
}
