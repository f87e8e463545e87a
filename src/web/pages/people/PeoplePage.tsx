// /personer: search and list the people of the municipality; administrators add people here.
import { Button, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type Person, api } from '../../api.js';
import { usePageTitle } from '../../app/title.js';
import { TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { formatNumber } from '../../format.js';
import { isBlank, isEmail, useForm } from '../../forms/useForm.js';
import { keys, useMe, usePeople } from '../../queries.js';

export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('people.title'));
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const people = usePeople(q);
  const [adding, setAdding] = useState(false);
  const [success, setSuccess] = useState<Person | null>(null);
  const canManage = me.data?.permissions.manageOrg ?? false;

  // The search is a form with a button: results change when asked for, not on every key.
  const search = (e: FormEvent) => {
    e.preventDefault();
    setParams(draft.trim() ? { q: draft.trim() } : {}, { replace: true });
  };

  return (
    <>
      <PageHeading>{t('people.title')}</PageHeading>
      {success && (
        <SuccessAlert
          message={
            <>
              {t('people.created', { name: success.name })}{' '}
              <RouterLink to={`/personer/${success.id}`}>{t('people.openCreated', { name: success.name })}</RouterLink>
            </>
          }
          onDismiss={() => setSuccess(null)}
        />
      )}
      {canManage && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('people.new')}
          </Button>
        </div>
      )}
      <search aria-label={t('people.searchLabel')}>
        <form onSubmit={search} className="toolbar">
          <TextField
            id="people-q"
            label={t('people.search')}
            required={false}
            type="search"
            value={draft}
            onChange={setDraft}
            description={t('people.searchHelp')}
          />
          <Button type="submit" variant="secondary" className="toolbar__button">
            {t('people.searchButton')}
          </Button>
        </form>
      </search>
      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <QueryError error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <>
          <Paragraph role="status" data-size="sm" className="muted">
            {q
              ? t('people.countMatching', { count: people.data.items.length, n: formatNumber(people.data.items.length), q })
              : t('people.count', { count: people.data.items.length, n: formatNumber(people.data.items.length) })}
          </Paragraph>
          {people.data.items.length > 0 && (
            <div className="table-wrap">
              <Table zebra stickyHeader className="data-table" data-size="sm">
                <caption>{t('people.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('people.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('people.email')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('people.status')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {people.data.items.map((p) => (
                    <Table.Row key={p.id}>
                      <Table.HeaderCell scope="row">
                        <Link asChild>
                          <RouterLink to={`/personer/${p.id}`}>{p.name}</RouterLink>
                        </Link>
                      </Table.HeaderCell>
                      <Table.Cell>{p.email}</Table.Cell>
                      <Table.Cell>
                        {p.active ? (
                          t('status.active')
                        ) : (
                          <Tag data-size="sm" data-color="neutral">
                            {t('status.inactive')}
                          </Tag>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </>
      )}
      {adding && (
        <NewPersonDialog
          onClose={() => setAdding(false)}
          onDone={(p) => {
            setAdding(false);
            setSuccess(p);
          }}
        />
      )}
    </>
  );
}

type F = 'name' | 'email' | 'password';

function NewPersonDialog({ onClose, onDone }: { onClose: () => void; onDone: (p: Person) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [v, setV] = useState({ name: '', email: '', password: '' });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    name: { id: 'new-person-name', label: t('people.name') },
    email: { id: 'new-person-email', label: t('people.email') },
    password: { id: 'new-person-password', label: t('people.password') },
  });
  const create = useMutation({
    mutationFn: () => api.createPerson({ name: v.name.trim(), email: v.email.trim(), password: v.password || undefined }),
    onSuccess: async (p) => {
      await queryClient.invalidateQueries({ queryKey: keys.peopleAll });
      onDone(p);
    },
    onError: form.fail,
  });
  const submit = () => {
    if (create.isPending) return;
    const ok = form.check({
      name: isBlank(v.name) ? t('form.requiredMessage') : undefined,
      email: isBlank(v.email) ? t('form.requiredMessage') : isEmail(v.email) ? undefined : t('form.emailFormat'),
      password: v.password && v.password.length < 12 ? t('form.passwordLength') : undefined,
    });
    if (ok) create.mutate();
  };
  return (
    <FormDialog title={t('people.new')} submitLabel={t('people.create')} form={form} onSubmit={submit} onClose={onClose}>
      <TextField
        id={form.fields.name.id}
        label={form.fields.name.label}
        required
        value={v.name}
        onChange={set('name')}
        error={form.errors.name}
        autoComplete="off"
      />
      <TextField
        id={form.fields.email.id}
        label={form.fields.email.label}
        required
        type="email"
        value={v.email}
        onChange={set('email')}
        error={form.errors.email}
        autoComplete="off"
      />
      <TextField
        id={form.fields.password.id}
        label={form.fields.password.label}
        required={false}
        type="password"
        value={v.password}
        onChange={set('password')}
        error={form.errors.password}
        autoComplete="new-password"
        description={t('people.passwordHelp')}
      />
    </FormDialog>
  );
}
