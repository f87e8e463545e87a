// "Ny underenhet": only the kinds the organisation's rules allow under this unit are offered.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind } from '../../../core/org/kinds.js';
import { type OrgUnit, api } from '../../api.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { isBlank, isIsoDate, useForm } from '../../forms/useForm.js';

type F = 'kind' | 'name' | 'shortName' | 'openedOn';

export function NewChildDialog({
  parent,
  kinds,
  onDone,
  onClose,
}: {
  parent: OrgUnit;
  kinds: OrgUnitKind[];
  onDone: (msg: string, created: OrgUnit) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string>(kinds.length === 1 ? (kinds[0] ?? '') : '');
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [openedOn, setOpenedOn] = useState('');
  const form = useForm<F>({
    kind: { id: 'new-unit-kind', label: t('unit.kind') },
    name: { id: 'new-unit-name', label: t('unit.name') },
    shortName: { id: 'new-unit-short', label: t('unit.shortName') },
    openedOn: { id: 'new-unit-opened', label: t('unit.openedOn') },
  });
  const create = useMutation({
    mutationFn: () =>
      api.createOrgUnit({
        kind: kind as OrgUnitKind,
        name: name.trim(),
        shortName: shortName.trim() || null,
        parentId: parent.id,
        openedOn: openedOn || undefined,
      }),
    onSuccess: (created) => onDone(t('unit.created', { name: created.name }), created),
    onError: form.fail,
  });
  const submit = () => {
    if (create.isPending) return;
    const ok = form.check({
      kind: kind ? undefined : t('unit.chooseKind'),
      name: isBlank(name) ? t('form.requiredMessage') : name.trim().length > 200 ? t('form.maxLength', { max: 200 }) : undefined,
      shortName: shortName.trim().length > 40 ? t('form.maxLength', { max: 40 }) : undefined,
      openedOn: openedOn && !isIsoDate(openedOn) ? t('form.dateFormat') : undefined,
    });
    if (ok) create.mutate();
  };
  return (
    <FormDialog
      title={t('unit.newChildTitle', { name: parent.name })}
      submitLabel={t('unit.create')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <SelectField
        id={form.fields.kind.id}
        label={form.fields.kind.label}
        required
        value={kind}
        onChange={setKind}
        error={form.errors.kind}
        placeholder={kinds.length === 1 ? undefined : t('unit.chooseKind')}
        options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextField
        id={form.fields.name.id}
        label={form.fields.name.label}
        required
        value={name}
        onChange={setName}
        error={form.errors.name}
      />
      <TextField
        id={form.fields.shortName.id}
        label={form.fields.shortName.label}
        required={false}
        value={shortName}
        onChange={setShortName}
        error={form.errors.shortName}
      />
      <TextField
        id={form.fields.openedOn.id}
        label={form.fields.openedOn.label}
        required={false}
        type="date"
        value={openedOn}
        onChange={setOpenedOn}
        error={form.errors.openedOn}
        description={t('form.defaultToday')}
      />
    </FormDialog>
  );
}
