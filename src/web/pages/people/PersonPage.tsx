// /personer/:id: a person's details and every role they hold or have held.
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { RoleAssignment } from '../../api.js';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { RolesTable } from '../../components/RolesTable.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { keys, useMe, usePerson } from '../../queries.js';
import { EndRoleDialog } from '../organisation/EndRoleDialog.js';
import { refreshOrganisation } from '../organisation/invalidate.js';
import { EditPersonDialog } from './EditPersonDialog.js';

export function PersonRoute() {
  const { id = '' } = useParams();
  return <PersonPage key={id} id={id} />;
}

type Open = { kind: 'edit' } | { kind: 'end'; assignment: RoleAssignment } | null;

function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMe();
  const person = usePerson(id);
  const [open, setOpen] = useState<Open>(null);
  const [success, setSuccess] = useState<string | null>(null);
  usePageTitle(person.data?.name ?? t('people.fallbackTitle'));
  const canManage = me.data?.permissions.manageOrg ?? false;
  const p = person.data;

  const refresh = async () => {
    await Promise.all([refreshOrganisation(queryClient), queryClient.invalidateQueries({ queryKey: keys.peopleAll })]);
  };
  const done = async (message: string) => {
    setOpen(null);
    setSuccess(message);
    await refresh();
  };
  const reload = async () => {
    setOpen(null);
    await refresh();
  };

  return (
    <>
      <PageHeading>{p?.name ?? t('people.fallbackTitle')}</PageHeading>
      {success && <SuccessAlert message={success} onDismiss={() => setSuccess(null)} />}
      {person.isPending ? (
        <Loading />
      ) : person.isError ? (
        <QueryError error={person.error} onRetry={() => void person.refetch()} />
      ) : (
        p && (
          <>
            <dl className="facts">
              <div>
                <dt>{t('people.email')}</dt>
                <dd>{p.email}</dd>
              </div>
              <div>
                <dt>{t('people.status')}</dt>
                <dd>
                  {p.active ? (
                    t('status.active')
                  ) : (
                    <Tag data-size="sm" data-color="neutral">
                      {t('status.inactive')}
                    </Tag>
                  )}
                </dd>
              </div>
            </dl>
            {canManage && (
              <div className="button-row">
                <Button variant="secondary" onClick={() => setOpen({ kind: 'edit' })}>
                  {t('people.edit')}
                </Button>
              </div>
            )}
            <section aria-labelledby="person-roles">
              <Heading level={2} data-size="sm" id="person-roles">
                {t('people.rolesHeading')}
              </Heading>
              {p.roles.length === 0 ? (
                <Paragraph>{t('people.noRoles')}</Paragraph>
              ) : (
                <RolesTable
                  caption={t('people.rolesCaption', { name: p.name })}
                  rows={p.roles}
                  by="person"
                  onEnd={canManage && p.roles.some((r) => !r.validTo) ? (a) => setOpen({ kind: 'end', assignment: a }) : undefined}
                />
              )}
            </section>
            {open?.kind === 'edit' && <EditPersonDialog person={p} onDone={done} onClose={() => setOpen(null)} onReload={reload} />}
            {open?.kind === 'end' && (
              <EndRoleDialog assignment={open.assignment} onDone={done} onClose={() => setOpen(null)} onReload={reload} />
            )}
          </>
        )
      )}
    </>
  );
}
