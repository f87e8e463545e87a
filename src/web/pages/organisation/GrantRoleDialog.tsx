// "Ge en roll": a person (narrowed by a search box), a role, an optional title and start date.
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Role, roles } from '../../../core/org/kinds.js';
import { type OrgUnit, api } from '../../api.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Loading, QueryError } from '../../components/Status.js';
import { isIsoDate, useForm } from '../../forms/useForm.js';
import { formatNumber } from '../../format.js';
import { usePeople } from '../../queries.js';

type F = 'personId' | 'role' | 'title' | 'validFrom';

export function GrantRoleDialog({ unit, onDone, onClose }: { unit: OrgUnit; onDone: (msg: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const people = usePeople('');
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState('');
  const [title, setTitle] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const form = useForm<F>({
    personId: { id: 'grant-person', label: t('grant.person') },
    role: { id: 'grant-role', label: t('grant.role') },
    title: { id: 'grant-title', label: t('grant.title') },
    validFrom: { id: 'grant-from', label: t('grant.validFrom') },
  });
  const needle = search.trim().toLocaleLowerCase('sv');
  const options = useMemo(
    () =>
      (people.data?.items ?? [])
        .filter((p) => p.active || p.id === personId)
        .filter(
          (p) =>
            !needle ||
            p.id === personId ||
            p.name.toLocaleLowerCase('sv').includes(needle) ||
            p.email.toLocaleLowerCase('sv').includes(needle),
        )
        .map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
    [people.data, needle, personId],
  );
  const grant = useMutation({
    mutationFn: () =>
      api.createRoleAssignment({
        personId,
        orgUnitId: unit.id,
        role: role as Role,
        title: title.trim() || null,
        validFrom: validFrom || undefined,
      }),
    onSuccess: (a) => onDone(t('grant.done', { person: a.personName, role: t(`roles.${a.role}`), unit: unit.name })),
    onError: form.fail,
  });
  const submit = () => {
    if (grant.isPending) return;
    const ok = form.check({
      personId: personId ? undefined : t('grant.choosePerson'),
      role: role ? undefined : t('grant.chooseRole'),
      title: title.trim().length > 100 ? t('form.maxLength', { max: 100 }) : undefined,
      validFrom: validFrom && !isIsoDate(validFrom) ? t('form.dateFormat') : undefined,
    });
    if (ok) grant.mutate();
  };
  return (
    <FormDialog
      title={t('grant.heading', { name: unit.name })}
      submitLabel={t('grant.submit')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <QueryError error={people.error} />
      ) : (
        <>
          <TextField
            id="grant-search"
            label={t('grant.search')}
            required={false}
            type="search"
            value={search}
            onChange={setSearch}
            description={t('grant.searchHelp')}
          />
          <SelectField
            id={form.fields.personId.id}
            label={form.fields.personId.label}
            required
            value={personId}
            onChange={setPersonId}
            error={form.errors.personId}
            placeholder={t('grant.matches', { count: options.length, n: formatNumber(options.length) })}
            options={options}
          />
        </>
      )}
      <SelectField
        id={form.fields.role.id}
        label={form.fields.role.label}
        required
        value={role}
        onChange={setRole}
        error={form.errors.role}
        placeholder={t('grant.chooseRole')}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <TextField
        id={form.fields.title.id}
        label={form.fields.title.label}
        required={false}
        value={title}
        onChange={setTitle}
        error={form.errors.title}
        description={t('grant.titleHelp')}
      />
      <TextField
        id={form.fields.validFrom.id}
        label={form.fields.validFrom.label}
        required={false}
        type="date"
        value={validFrom}
        onChange={setValidFrom}
        error={form.errors.validFrom}
        description={t('form.defaultToday')}
      />
    </FormDialog>
  );
}
